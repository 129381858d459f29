import heapq
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("a", 7), ("c", 10), ("d", 15)], "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)],
     "d": [("b", 15), ("c", 11), ("e", 6)], "e": [("d", 6), ("f", 9)], "f": [("a", 14), ("c", 2), ("e", 9)]}
print(dijkstra(g, "a"))
def kth_smallest(nums, k):
    return heapq.nsmallest(k, nums)[-1]
print(kth_smallest([7, 10, 4, 3, 20, 15], 3))
h = [5, 7, 9, 1, 3]
heapq.heapify(h)
print(h, [heapq.heappop(h) for _ in range(len(h))])
merged = list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7]))
print(merged, list(heapq.merge(["a", "cc"], ["bbb"], key=len)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
mh = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(mh, -v)
print([-heapq.heappop(mh) for _ in range(3)])
