m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(m)], [m[i][len(m) - 1 - i] for i in range(len(m))])
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print([x if x % 2 else -x for x in range(6)], [y for x in m if sum(x) > 6 for y in x if y % 2])
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
words = ["apple", "bob", "civic", "deed", "eve", "fig"]
print([w for w in words if w == w[::-1]], {len(w): w for w in words})
print([[(r, c) for c in range(2)] for r in range(2)])
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
print(pascal)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(list(filter(None, [x if x > 2 else None for x in range(5)])))
print(dict((k, v) for k, v in zip("abc", range(3)) if v))
gen = (x * y for x in range(3) for y in range(3))
print(sum(gen), sum(gen))
print([(lambda n=n: n * 10)() for n in range(3)])
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
