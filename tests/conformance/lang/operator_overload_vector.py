import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __lt__(self, o): return abs(self) < abs(o)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, -a, abs(b))
print(a == Vec(1, 2), a != b, bool(Vec(0, 0)), list(a), a[1], tuple(b))
print(sorted([b, a, Vec(0, 1)]), max(a, b), len({a, Vec(1, 2), b}))
x, y = b
print(x, y, sum([a, b], Vec(0, 0)))
try:
    a + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a @ b
except TypeError as e:
    print(type(e).__name__, e)
