d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 20
print(d)
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("c", 99), d.setdefault("e", 5), d)
d.update({"f": 6}, g=7)
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys("ab", 0))
print({k: v * 2 for k, v in d.items() if v > 5})
print("c" in d, "zz" in d, d == {"c": 3, "b": 20, "e": 5, "f": 6, "g": 7})
e = d.copy()
e.clear()
print(e, len(d))
print(d.popitem(), d)
print({1: "int", 1.0: "float", True: "bool"})
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(d | {"z": 0})
for k in d:
    print(k, end=" ")
print()
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
