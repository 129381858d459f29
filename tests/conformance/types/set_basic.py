s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(3)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference([1, 10]))
print(a <= a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = a.copy(); c.update([7, 8], {9}); print(c)
c.intersection_update({7, 8, 1}); print(c)
c.difference_update([7]); print(c)
c.symmetric_difference_update({1, 100}); print(c)
c |= {5}; c &= {5, 8, 100}; c -= {100}; c ^= {6}; print(c)
c.clear(); print(c, set(), repr(set()))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 1, 2]), set("aaa"), set(range(5)), set({1: 2}))
print({1, 2} == {2, 1}, {1} == frozenset([1]), set() == set())
print({1, 2, 3} - {2}, {True, 1, 1.0}, {0, False, 0.0})
