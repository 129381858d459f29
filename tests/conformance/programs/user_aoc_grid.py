"""AoC-style: grid parsing, BFS, Dijkstra, flood fill."""
import heapq
from collections import deque, defaultdict, Counter
from itertools import product

MAP = """\
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...3..E#
#########"""

grid = [list(line) for line in MAP.splitlines()]
H, W = len(grid), len(grid[0])
start = next((r, c) for r, c in product(range(H), range(W)) if grid[r][c] == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
print("start", start, "end", end, "size", (H, W))

def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield nr, nc

def bfs(src):
    dist = {src: 0}
    q = deque([src])
    while q:
        p = q.popleft()
        for n in neighbors(p):
            if n not in dist:
                dist[n] = dist[p] + 1
                q.append(n)
    return dist

d = bfs(start)
print("bfs distance:", d[end], "reachable:", len(d))

def cost(p):
    ch = grid[p[0]][p[1]]
    return int(ch) if ch.isdigit() else 1

def dijkstra(src, dst):
    pq = [(0, src, (src,))]
    seen = set()
    while pq:
        c, p, path = heapq.heappop(pq)
        if p == dst:
            return c, path
        if p in seen:
            continue
        seen.add(p)
        for n in neighbors(p):
            if n not in seen:
                heapq.heappush(pq, (c + cost(n), n, path + (n,)))
    return None

c, path = dijkstra(start, end)
print(f"dijkstra cost={c} len={len(path)}")
for r, row in enumerate(grid):
    print("".join("*" if (r, cc) in path and ch == "." else ch for cc, ch in enumerate(row)))

# dict-keyed sparse grid, game of life on a torus
cells = {(x, y) for y, line in enumerate([".#.", "..#", "###"]) for x, ch in enumerate(line) if ch == "#"}
for gen in range(8):
    counts = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    cells = {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
print("glider after 8:", sorted(cells))
xs = [x for x, _ in cells]; ys = [y for _, y in cells]
print("bbox", min(xs), max(xs), min(ys), max(ys))

# DFS count paths in DAG with memo
edges = defaultdict(list)
for line in "a-b a-c b-d c-d d-e b-e c-f f-e".split():
    u, v = line.split("-")
    edges[u].append(v)
from functools import lru_cache
@lru_cache(maxsize=None)
def paths(u):
    return 1 if u == "e" else sum(paths(v) for v in edges[u])
print("paths a->e:", paths("a"), paths.cache_info())
