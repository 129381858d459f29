print(dict(), dict({}), dict(a=1), dict([("a", 1), ("b", 2)]), dict((("x", 0),)))
print(dict(zip(["k1", "k2"], [1, 2])), dict({"a": 1}, b=2), dict([("a", 1)], a=2), dict(dict(z=26)))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("ab", []), dict.fromkeys(range(3), "v"))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print(dict([[1, 2], (3, 4), "ab"]), dict(enumerate("xy")), dict(map(lambda i: (i, i * i), range(3))))
class KV:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k.upper()
print(dict(KV()), {**KV()})
