d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), ("d", 4) in i, "a" in k, 4 in v)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(k == {"a", "b", "c", "d"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, v == v)
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 1}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print(type(e).__name__, e)
d3 = {i: i for i in range(5)}
for key in list(d3):
    if key % 2:
        del d3[key]
print(d3)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(sorted({3: 1, 1: 2}), min({"x": 1, "a": 2}), sum({1: "a", 2: "b"}))
