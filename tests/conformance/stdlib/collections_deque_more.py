from collections import deque
def sliding_max(nums, k):
    q, out = deque(), []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
def bfs(graph, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
g = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(bfs(g, 1))
last3 = deque(maxlen=3)
for w in "the quick brown fox jumps".split():
    last3.append(w)
print(list(last3), last3.maxlen)
d = deque(range(10))
d.rotate(3)
print(d, d[3], d.index(9))
d.extendleft("ab")
print(d, len(d))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), repr(deque([], maxlen=2)))
