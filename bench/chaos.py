# category: numeric
# quick: 20000
# Chaos game: an iterated function system (affine maps chosen by weight) draws a fractal
# into a grid; points are small GVector objects, as in the classic chaos benchmark.
import sys


class GVector:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return GVector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k)

    def mag(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def linear_combination(self, other, l1, l2):
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2)


class Rng:
    """A 31-bit linear congruential generator (deterministic across Pythons)."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return GVector(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


MAPS = [
    AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]


class Chaosgame:
    def __init__(self, maps, width, height):
        self.maps = maps
        self.width = width
        self.height = height
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total
        self.minx, self.maxx = -2.2, 2.7
        self.miny, self.maxy = 0.0, 10.0

    def choose(self, rng):
        r = rng.next_float() * self.total
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.maps[i]
        return self.maps[-1]

    def truncate(self, p):
        if p.x < self.minx:
            p.x = self.minx
        elif p.x > self.maxx:
            p.x = self.maxx
        if p.y < self.miny:
            p.y = self.miny
        elif p.y > self.maxy:
            p.y = self.maxy

    def draw(self, n, seed):
        grid = [[0] * self.width for _ in range(self.height)]
        rng = Rng(seed)
        p = GVector(0.0, 0.0)
        centre = GVector((self.minx + self.maxx) / 2.0, (self.miny + self.maxy) / 2.0)
        spread = 0.0
        sx = (self.width - 1) / (self.maxx - self.minx)
        sy = (self.height - 1) / (self.maxy - self.miny)
        for _ in range(n):
            p = self.choose(rng).apply(p)
            self.truncate(p)
            spread += (p - centre).mag()
            q = p.linear_combination(centre, 0.999, 0.001)
            col = int((q.x - self.minx) * sx)
            row = int((q.y - self.miny) * sy)
            grid[row][col] += 1
        return grid, spread


def main(n):
    game = Chaosgame(MAPS, 64, 128)
    grid, spread = game.draw(n, 1234)
    filled = 0
    checksum = 0
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v:
                filled += 1
                checksum = (checksum * 31 + v * (r + 1) + c) & 0xFFFFFFF
    print("filled", filled, "checksum", checksum, "spread %.6f" % spread)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600_000)
