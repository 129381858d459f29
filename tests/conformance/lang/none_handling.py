def find(d, k):
    return d.get(k)
r = find({"a": 1}, "b")
print(r, r is None, r or "default", (r or 0) + 1)
def maybe(x):
    if x > 0:
        return x
print([maybe(v) for v in [-1, 2]])
vals = [3, None, 1, None]
print([v for v in vals if v is not None], sorted(v for v in vals if v is not None), vals.count(None))
print(None if 0 else "truthy path", [None] * 3, {None: None})
d = {}
print(d.setdefault("k") is None, d)
x = None
x = x or []
x.append(1)
print(x)
