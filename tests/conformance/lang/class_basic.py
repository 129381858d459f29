class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p)
print(p.norm2())
print(Point.dims, p.dims)
p.dims = 3
print(Point.dims, p.dims)
del p.dims
print(p.dims)
print(type(p).__name__)
print(Point.__name__, Point.__qualname__)
print(isinstance(p, Point), isinstance(3, Point))
print(sorted(k for k in vars(p)))
print(p.__dict__ == {'x': 3, 'y': 4})
q = Point(1, 2)
q.extra = 'e'
print(q.extra, hasattr(p, 'extra'))
print(Point.norm2(q))
