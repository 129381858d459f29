d = dict.fromkeys(range(5), 0)
for k in d:
    d[k] = k * k
print(d, sum(d.values()), max(d, key=d.get), sorted(d, key=lambda k: -d[k])[:2])
inv = {v: k for k, v in d.items()}
print(inv)
print({**d, 0: "zero"}, dict(d, extra=1))
merged = {}
for src in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged.update(src)
print(merged)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].get("q", "none"))
print(list({1: 1, 2: 2}.items())[0], {1: 2}.keys() == {1}, len({}), bool({0: 0}))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d2 = {"a": 1}
print(d2.setdefault("a", 5), d2.setdefault("b", 6), d2, d2.pop("b"), d2)
print(dict(sorted({"b": 1, "a": 2}.items())), {k: v for k, v in sorted({"b": 1, "a": 2}.items(), key=lambda t: t[1])})
print({1: "a"} == {1.0: "a"}, {"a": [1]} == {"a": [1]}, {"a": 1} != {"a": 2})
keys = [(1, 2), frozenset([3]), 4.5, None, True, "s"]
dd = {k: i for i, k in enumerate(keys)}
print(dd[(1, 2)], dd[frozenset({3})], dd[4.5], dd[None], dd[1], dd["s"], len(dd))
print(repr(dict(a={"b": []})), str({1: None}))
