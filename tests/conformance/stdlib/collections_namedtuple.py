from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], len(p), tuple(p), p == (1, 2))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
P3 = namedtuple("P3", "a b c", defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
class V(namedtuple("V", "x y")):
    def norm(self): return abs(self.x) + abs(self.y)
print(V(3, -4).norm(), V(1, 2) + V(3, 4), isinstance(p, tuple))
R = namedtuple("R", "a, b", rename=True)
print(R(1, 2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), hash(p) == hash((1, 2)))
