# Conway's Game of Life: a set-of-live-cells board (glider gun, pulsar, R-pentomino)
# stepped with collections.Counter, and a list-of-strings toroidal board printed.

from collections import Counter

GOSPER = """
........................O...........
......................O.O...........
............OO......OO............OO
...........O...O....OO............OO
OO........O.....O...OO..............
OO........O...O.OO....O.O...........
..........O.....O.......O...........
...........O...O....................
............OO......................
"""


def parse(text):
    cells = set()
    for y, line in enumerate(text.strip().splitlines()):
        for x, ch in enumerate(line):
            if ch == 'O':
                cells.add((x, y))
    return cells


def step(live):
    counts = Counter((x + dx, y + dy)
                     for x, y in live
                     for dx in (-1, 0, 1)
                     for dy in (-1, 0, 1)
                     if dx or dy)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def render(live):
    x0, y0, x1, y1 = bbox(live)
    return '\n'.join(''.join('O' if (x, y) in live else '.' for x in range(x0, x1 + 1))
                     for y in range(y0, y1 + 1))


class Torus:
    def __init__(self, rows):
        self.h = len(rows)
        self.w = len(rows[0])
        self.grid = [[ch == '#' for ch in row] for row in rows]

    def neighbours(self, x, y):
        n = 0
        for dy in (-1, 0, 1):
            row = self.grid[(y + dy) % self.h]
            for dx in (-1, 0, 1):
                if (dx or dy) and row[(x + dx) % self.w]:
                    n += 1
        return n

    def step(self):
        new = []
        for y in range(self.h):
            line = []
            for x in range(self.w):
                n = self.neighbours(x, y)
                line.append(n == 3 or (n == 2 and self.grid[y][x]))
            new.append(line)
        self.grid = new

    def __str__(self):
        return '\n'.join(''.join('#' if c else '.' for c in row) for row in self.grid)


def main():
    gun = parse(GOSPER)
    for gen in range(31):
        if gen % 10 == 0:
            print('gun gen %d: %d cells, bbox %r' % (gen, len(gun), bbox(gun)))
        gun = step(gun)
    r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
    history = []
    for gen in range(60):
        history.append(len(r))
        r = step(r)
    print('r-pentomino populations:', history[::6])
    print(render(r).count('O'), 'cells after 60 generations')
    t = Torus(['..........', '...#......', '....#.....', '..###.....', '..........',
               '..........', '......##..', '......##..'])
    for i in range(12):
        t.step()
    print(t)


main()
