import collections.abc as cabc
for v in [[], (), {}, set(), "s", b"b", range(1), iter([]), (x for x in []), 5, len]:
    print(type(v).__name__, [n for n in ["Iterable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "Sized", "Container", "Hashable", "Callable", "Generator", "Collection", "Reversible"] if isinstance(v, getattr(cabc, n))])
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2})
class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = MySeq()
print(list(s), s.index(20), s.count(10), 10 in s, list(reversed(s)))
try:
    class Bad(cabc.Iterator): pass
    Bad()
except TypeError as e:
    print(type(e).__name__, e)
