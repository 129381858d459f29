class Circle:
    def __init__(self, r): self.r = r
    def area(self): return 3 * self.r * self.r
class Square:
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
class Tri:
    def __init__(self, b, h): self.b, self.h = b, h
    def area(self): return self.b * self.h / 2
shapes = []
for i in range(60):
    if i < 30:
        shapes.append(Square(i))
    elif i < 45:
        shapes.append(Circle(i))
    else:
        shapes.append(Tri(i, 3))
total = 0
for s in shapes:
    total += s.area()
print(total)
def describe(x):
    return type(x).__name__
counts = {}
for v in [1, "a", 2.0, None, [1], (2,), 3, "b"] * 5:
    k = describe(v)
    counts[k] = counts.get(k, 0) + 1
print(counts)
def add(a, b):
    return a + b
results = []
for a, b in [(1, 2), ("x", "y"), ([1], [2]), (1.5, 2), ((1,), (2,)), (10 ** 20, 1)] * 3:
    results.append(add(a, b))
print(results[:6])
