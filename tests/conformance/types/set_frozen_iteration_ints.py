a = {7, 3, 11, 3, 100, 64, 8}
print(a, list(a), sorted(a), min(a), max(a), sum(a))
b = frozenset(range(15, -1, -3))
print(b, list(b))
c = set()
for v in [1024, 512, 256, 128, 64, 32, 16, 8, 4, 2, 1]:
    c.add(v)
print(c)
d = {x * x for x in range(-5, 6)}
print(d)
e = set(range(100, 0, -7))
print(e)
e.discard(2); e.discard(100); e.add(1000)
print(e)
print({-1, -2, -(2 ** 61), 2 ** 61 - 1})
print(set([3, 2, 1]) | set([6, 5, 4]), set([1, 2, 3, 4]) - set([2]))
