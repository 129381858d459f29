import bisect, heapq
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left(a, 4, lo=3), bisect.bisect_right([(1, "a"), (2, "b")], (1, "z")))
print(bisect.bisect([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, s)] for s in [33, 60, 75, 99]])
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print([heapq.heappop(h) for _ in range(len(h))])
l = [9, 4, 7, 1, 0]
heapq.heapify(l); print(l)
print(heapq.heappushpop(l, 3), heapq.heapreplace(l, 10), l)
print(heapq.nlargest(3, [5, 1, 9, 7]), heapq.nsmallest(2, [5, 1, 9, 7]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "test"))
print([heapq.heappop(tasks) for _ in range(3)])
