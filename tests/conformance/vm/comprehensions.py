print([x * x for x in range(6) if x % 2 == 0])
print({x: x ** 2 for x in range(4)})
print({c for c in "mississippi"} == set("misp"))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([y for x in [[1, 2], [3]] for y in x])
x = 10
print([x for x in range(3)], x)
print(dict(zip("abc", range(3))), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sorted(set(w.lower() for w in "The the THE cat".split())))
