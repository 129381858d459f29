a = set(range(0, 20, 2)); b = set(range(0, 20, 3))
print(a & b, a | b, a - b, a ^ b)
print(a.intersection(b) == a & b, sorted(a.union(range(3))), len(a.symmetric_difference(b)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1}.issuperset([]), set().issubset([]))
print(set("hello") == set("olleh"), len(set("mississippi")), sorted(set("mississippi")))
s = {1, 2, 3}
t = s
s |= {4}
print(t, s is t)
s = s | {5}
print(t, s is t)
print({x % 3 for x in range(10)}, {(x, x % 2) for x in range(3)} == {(0, 0), (1, 1), (2, 0)})
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), frozenset() == set())
for bad in [lambda: {1} + {2}, lambda: {1} < [1], lambda: {[1]}, lambda: set(5), lambda: {1}.remove(9)]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted({-5, 3, 0, 12, -1}), 3 in {1, 2, 3}, [1] in [{1}] if False else "skip")
