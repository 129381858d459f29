from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, dict(d), d["missing"], len(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
n = defaultdict(lambda: defaultdict(int))
n["x"]["y"] += 1
print(n["x"]["y"], n["x"]["z"], "q" in n)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(d.default_factory is list, plain.default_factory, d.get("zz"), "zz" in d)
s = defaultdict(set)
s[1].add(2); s[1].add(2)
print(s)
print(isinstance(d, dict), defaultdict(int, {"a": 1}))
