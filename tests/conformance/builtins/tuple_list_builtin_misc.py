print(tuple("abc"), tuple([1]), tuple(range(0)), tuple({3: 4}), tuple(x for x in (1, 2)))
print(list(), list(()), list(tuple("ab")), list(map(abs, (-1, -2))), list(zip((1,), (2,))))
l = [5, 3]
print(l.copy() == l, list(l) is not l, l[:] is not l, tuple(l) == (5, 3))
print(list.__name__, tuple.__name__, issubclass(list, object), isinstance((), tuple))
print(sorted(tuple("cab")), tuple(sorted("cab")), tuple(reversed((1, 2, 3))))
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
