import functools
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(1, 0) <= Version(1, 0) < Version(2))
print(Version(1, 2) in vs, vs.index(Version(1, 10)))
print(len({Version(1), Version(1), Version(2)}))
print(1 < 2 < 3 > 2, 1 < 2 > 3, 3 == 3.0 == 3)
x = [0]
def f():
    x[0] += 1
    return x[0]
print(0 < f() < 5, x[0])
