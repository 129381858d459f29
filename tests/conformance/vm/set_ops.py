s = {5, 3, 1, 3}
print(s, len(s), 3 in s, 4 in s)
s.add(10)
s.discard(99)
s.remove(5)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7, 8]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.isdisjoint({9}), {1}.issubset(a))
print(set(), set([3, 2, 1]), frozenset([1, 2]), set("aab") == {"a", "b"})
print(sorted({x % 7 for x in range(20)}))
print(set(range(100, 0, -7)))
print({-1, -2, 8, 16, 32, 64})
print(set([1000000, 7, 8, 999]))
f = frozenset({1, 2})
print(f | {3}, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset([1, 2])])
big = set(range(50))
for i in range(0, 50, 3):
    big.discard(i)
print(big)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print(e)
