import bisect
class Scores:
    def __init__(self): self.data = []
    def add(self, v): bisect.insort(self.data, v)
    def rank(self, v): return bisect.bisect_left(self.data, v)
    def count_range(self, lo, hi): return bisect.bisect_right(self.data, hi) - bisect.bisect_left(self.data, lo)
s = Scores()
for v in [50, 20, 80, 20, 65, 90, 35]:
    s.add(v)
print(s.data, s.rank(65), s.rank(21), s.count_range(20, 65), s.count_range(91, 100))
a = [1, 1, 1, 2, 2, 3]
print([bisect.bisect_left(a, x) for x in range(5)], [bisect.bisect_right(a, x) for x in range(5)])
print(bisect.bisect_left(a, 1, 1), bisect.bisect_left(a, 2, 0, 3), bisect.bisect_right(a, 1, hi=2))
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([], 1, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
