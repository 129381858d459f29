d = {"a": 1}
for bad in [lambda: d["b"], lambda: d.pop("b"), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1]),
            lambda: dict(1), lambda: d.fromkeys(1), lambda: {[]: 1}, lambda: d.get(), lambda: d.setdefault(), lambda: d[[1]],
            lambda: d.update([("a", 1, 2)]), lambda: d | [1]]:
    try:
        bad()
        print("no error")
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return f"missing:{key}"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, len(m))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
print(u)
