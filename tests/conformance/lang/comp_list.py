print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x, 3)])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for c in "abc"])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([i for i in range(3)] + [i for i in "ab"])
print([(lambda v: v + 1)(i) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
print([y for x in [[1, 2], [3]] for y in x])
print([a + b for a, b in zip("abc", "xyz")])
print([v for _, v in sorted({3: "c", 1: "a", 2: "b"}.items())])
