# category: numeric
# quick: 20000
# Float objects: build many Point instances, normalize them with sin/cos-free math, reduce.
import sys


class Point:
    def __init__(self, i):
        self.x = x = (i % 97) * 0.013 + 0.5
        self.y = (x * 3.0) / (1.0 + x)
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main(n):
    total = 0.0
    for k in range(4):
        p = benchmark(n + k)
        total += p.x + p.y + p.z
    print(p)
    print("%.9f" % total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 250_000)
