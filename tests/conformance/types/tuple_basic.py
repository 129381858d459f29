t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.count(1), t.index("a"), (1, 2) + (3,), (1,) * 3, 3 in (1, 2, 3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), (1, 2) == [1, 2])
a, b = (1, 2)
print(a, b, type(()).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
print(max([(1, "b"), (1, "c"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(repr((1,)), repr(((),)), str((1, "x")))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
