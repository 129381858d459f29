import copy
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x}, {self.y})"
p = Point([1], {"a": 2})
s = copy.copy(p); d = copy.deepcopy(p)
p.x.append(9)
print(s, d, s.x is p.x, d.x is p.x)
nested = {"l": [1, [2, 3]], "t": (4, [5])}
dc = copy.deepcopy(nested)
nested["l"][1].append(99); nested["t"][1].append(98)
print(dc, nested)
class Tracker:
    def __init__(self): self.copies = 0
    def __deepcopy__(self, memo):
        t = Tracker(); t.copies = self.copies + 1
        return t
t = Tracker()
print(copy.deepcopy(t).copies, copy.deepcopy([t, t])[0].copies)
print(copy.copy([1, 2]) == [1, 2], copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy("s"), copy.copy(None))
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
so = copy.deepcopy(Slots())
print(so.a, so.b)
