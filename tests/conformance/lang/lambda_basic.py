sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, b=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda t: t[1], [(1, "x"), (2, "y")])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, sq)(3), compose(sq, inc)(3))
print(sq.__name__, (lambda: 0).__name__)
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield 1))().__class__.__name__)
