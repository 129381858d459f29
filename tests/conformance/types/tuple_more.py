t = tuple(range(10))
print(t[2:5], t[::-2], t[-1], t.index(5), t.count(3), len(t), 5 in t)
print((1, 2) * 2, (1,) + (2, 3), tuple([[1]]), () == tuple(), (1, 2, 3) > (1, 2), (1, "a") < (1, "b"))
x = 1, 2, 3
a, *b = x
print(x, a, b, type(b).__name__)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), min((3, 1), (2, 9)))
print(tuple(x * 2 for x in range(3)), tuple({1: 2, 3: 4}), tuple("hé"))
print(repr(()), repr((None,)), repr((1, (2,), [3])))
print({(1, 2): "a", (1, 2, 3): "b"}[(1, 2)], hash((1, 2)) == hash(tuple([1, 2])))
def f(*args):
    return args
print(f(), f(1), f(*t[:3]), f(*(), *(1,)))
