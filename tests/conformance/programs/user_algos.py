from functools import cmp_to_key, reduce
from collections import OrderedDict, defaultdict
import itertools, math, operator, string
class UnionFind:
    def __init__(self, n): self.p = list(range(n)); self.r = [0] * n
    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]; x = self.p[x]
        return x
    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b: return False
        if self.r[a] < self.r[b]: a, b = b, a
        self.p[b] = a; self.r[a] += self.r[a] == self.r[b]; return True
edges = sorted([(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8), (6, 8, 6), (4, 2, 5), (2, 6, 5), (7, 2, 3), (14, 3, 5), (9, 3, 4), (10, 5, 4)])
uf = UnionFind(9); mst = [(u, v, w) for w, u, v in edges if uf.union(u, v)]
print("MST", mst, sum(w for _, _, w in mst))
class Trie:
    def __init__(self): self.root = {}
    def insert(self, w):
        n = self.root
        for ch in w: n = n.setdefault(ch, {})
        n["$"] = True
    def starts(self, pre):
        n = self.root
        for ch in pre:
            if ch not in n: return []
            n = n[ch]
        out = []
        def walk(node, acc):
            for k, v in sorted(node.items()):
                if k == "$": out.append(pre + acc)
                else: walk(v, acc + k)
        walk(n, ""); return out
t = Trie()
for w in "car cart carbon care cat dog do door".split(): t.insert(w)
print(t.starts("car"), t.starts("do"), t.starts("x"))
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]: out[-1][1] = max(out[-1][1], e)
        else: out.append([s, e])
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
class LRU(OrderedDict):
    def __init__(self, cap): super().__init__(); self.cap = cap
    def get(self, k):
        if k not in self: return -1
        self.move_to_end(k); return self[k]
    def put(self, k, v):
        self[k] = v; self.move_to_end(k)
        if len(self) > self.cap: self.popitem(last=False)
c = LRU(2); c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), list(c.items()), repr(c))
def cmp(a, b): return (a > b) - (a < b) if len(a) == len(b) else len(a) - len(b)
print(sorted(["bb", "a", "ccc", "ab", "b"], key=cmp_to_key(cmp)))
def rle(s): return "".join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))
def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
print(rle("aaabccddddd"), unrle(rle("aaabccddddd")) == "aaabccddddd")
def caesar(s, k):
    tbl = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                        string.ascii_lowercase[k:] + string.ascii_lowercase[:k] + string.ascii_uppercase[k:] + string.ascii_uppercase[:k])
    return s.translate(tbl)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))
def sieve(n):
    is_p = bytearray([1]) * (n + 1); is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]: is_p[i*i::i] = bytearray(len(is_p[i*i::i]))
    return [i for i, v in enumerate(is_p) if v]
ps = sieve(100); print(ps, len(sieve(100000)))
print(bin(0b1011 ^ 0b0110), (255).bit_count(), [x for x in range(20) if x & (x - 1) == 0], (1 << 100) >> 97, -17 >> 2, ~0 & 0xFF, int.from_bytes(b"\x80", "big", signed=True))
def gray(n): return [i ^ (i >> 1) for i in range(1 << n)]
print(gray(3), [format(g, "03b") for g in gray(3)])
print(reduce(math.gcd, [84, 126, 210]), reduce(operator.mul, range(1, 21)), math.comb(52, 5), f"{math.factorial(30):.3e}")
def knap(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1): dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]
print(knap([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            dp[i + 1][j + 1] = dp[i][j] + 1 if x == y else max(dp[i][j + 1], dp[i + 1][j])
    out = []; i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]: out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]: i -= 1
        else: j -= 1
    return "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdefghij" * 5, "acegi" * 8)[:20])
graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "f"), ("f", "d")]:
    graph[a].add(b)
def topo_sccs(g):
    idx = {}; low = {}; st = []; on = set(); out = []; cnt = itertools.count()
    def strong(v):
        idx[v] = low[v] = next(cnt); st.append(v); on.add(v)
        for w in sorted(g[v]):
            if w not in idx: strong(w); low[v] = min(low[v], low[w])
            elif w in on: low[v] = min(low[v], idx[w])
        if low[v] == idx[v]:
            comp = []
            while True:
                w = st.pop(); on.discard(w); comp.append(w)
                if w == v: break
            out.append(sorted(comp))
    for v in sorted(list(g)):
        if v not in idx: strong(v)
    return out
print(topo_sccs(graph))
import graphlib
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order()))
