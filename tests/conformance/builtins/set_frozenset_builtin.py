print(set(), set([3, 1, 2]), set("aab") == {"a", "b"}, set(range(4)), set({1: 2, 3: 4}), set((5, 5)))
print(frozenset(), frozenset([2, 1]), frozenset(frozenset([1])), set(frozenset([9])))
s = set([1, 2])
t = set(s)
t.add(3)
print(s, t, s is not t, frozenset(s) == s)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([{}])
except TypeError as e:
    print(type(e).__name__, e)
print(len(set(range(1000))), sum(set(range(100))), min({5, 3, 9}), max(frozenset([-1, -5])))
