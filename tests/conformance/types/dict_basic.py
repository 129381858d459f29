d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, 1 in d)
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 5
print(d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("a"), d.pop("z", "dflt"), d)
try:
    d.pop("z")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("c", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["new"] = 1
print(len(d), len(e))
e.clear()
print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({1: "int", 1.0: "float", True: "bool"})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {})
print(d | {"q": 0}, {1: 1} | {1: 2})
d |= {"w": 9}
print(d)
print(repr({}), str({1: {2: [3]}}), {(1, 2): None})
