"""mdp-style benchmark: value iteration over a Markov decision process with heapq, dicts, float math."""
import collections
import heapq
import math
import time


def topoSort(roots, getParents):
    results = []
    visited = set()
    stack = [(node, 0) for node in roots]
    while stack:
        current, state = stack.pop()
        if state == 0:
            if current not in visited:
                visited.add(current)
                stack.append((current, 1))
                stack.extend((parent, 0) for parent in getParents(current))
        else:
            results.append(current)
    return results


class Battle:
    def __init__(self, hp1, hp2, dmg1, dmg2):
        self.start = (hp1, hp2, 0)
        self.dmg1 = dmg1
        self.dmg2 = dmg2

    def children(self, state):
        hp1, hp2, turn = state
        if hp1 <= 0 or hp2 <= 0:
            return []
        out = []
        if turn == 0:
            for d, p in self.dmg1:
                out.append(((hp1, max(0, hp2 - d), 1), p))
        else:
            for d, p in self.dmg2:
                out.append(((max(0, hp1 - d), hp2, 0), p))
        return out


def value_iteration(battle):
    states = topoSort([battle.start], lambda s: [c for c, p in battle.children(s)])
    values = {}
    for s in states:
        hp1, hp2, turn = s
        if hp2 <= 0:
            values[s] = 1.0
        elif hp1 <= 0:
            values[s] = 0.0
        else:
            values[s] = math.fsum(p * values[c] for c, p in battle.children(s))
    return values[battle.start], len(states)


def dijkstra(graph, src):
    dist = {src: 0.0}
    heap = [(0.0, src)]
    order = []
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, math.inf):
            continue
        order.append(u)
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist, order


def make_graph(n):
    g = collections.defaultdict(list)
    seed = 12345
    for i in range(n):
        for k in range(3):
            seed = (seed * 1103515245 + 12345) % 2 ** 31
            j = seed % n
            w = (seed >> 8) % 100 / 10.0 + 0.5
            g[i].append((j, w))
    return g


def main():
    t0 = time.perf_counter()
    b = Battle(12, 10, [(1, 0.2), (2, 0.5), (3, 0.3)], [(1, 0.4), (3, 0.6)])
    v, n = value_iteration(b)
    print("win prob %.12f over %d states" % (v, n))
    print(repr(v))
    g = make_graph(200)
    dist, order = dijkstra(g, 0)
    print(len(dist), order[:10], round(sum(dist.values()), 6), max(dist.values()))
    h = [5, 1, 8, 3, 9, 2]
    heapq.heapify(h)
    print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h, key=lambda x: -x))
    print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), list(heapq.merge([1, 4], [2, 3])))
    c = collections.Counter('abracadabra')
    print(c.most_common(3), sorted(c.elements())[:4])
    od = collections.OrderedDict.fromkeys('xyz', 0)
    od.move_to_end('x')
    print(od, list(reversed(od)))
    print(math.isclose(0.1 + 0.2, 0.3), math.log2(1024), math.hypot(3, 4), math.prod([1.5, 2, 4]))
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
    print(1e16 + 1.0, 2.5e-8, 1 / 3, 2 ** 0.5, float('1e-5'), round(2.675, 2), round(0.5), round(1.5))
    print('%.3e %g %G %10.4f %-8.2f|' % (12345.678, 1e-5, 1e20, math.pi, math.e))
    print(f'{1234567.891:,.2f} {0.000123:.2%} {42:08b} {255:#x} {3.0:g} {1e100:.3g}')
    print(divmod(-7.5, 2), (-7.5) % 2, -7 // 2, math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7))
    print(float.fromhex('0x1.8p1'), (0.1).hex(), (2.5).as_integer_ratio(), (3.0).is_integer())
    assert time.perf_counter() >= t0


if __name__ == "__main__":
    main()
