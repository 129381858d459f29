# category: other
# quick: 30
# Meteor puzzle: tile a 5x10 hexagonal board with ten five-cell pieces (all rotations and
# flips), depth-first search over bitmask placements; stops after N solutions.
import sys

WIDTH = 5
HEIGHT = 10
CELLS = WIDTH * HEIGHT

# Axial hex directions.
E, SE, SW, W, NW, NE = range(6)
STEP = [(1, 0), (0, 1), (-1, 1), (-1, 0), (0, -1), (1, -1)]
FLIP = [W, SW, SE, E, NE, NW]

PIECES = [
    [E, E, E, SE],
    [SE, SW, W, SW],
    [W, W, SW, SE],
    [E, E, SW, SE],
    [NW, W, NW, SE, SW],
    [E, E, NE, W],
    [NW, NE, NE, W],
    [NE, SE, E, NE],
    [SE, SE, E, SE],
    [E, NW, NW, NW],
]


def piece_cells(moves):
    q = r = 0
    cells = [(0, 0)]
    for m in moves:
        dq, dr = STEP[m]
        q += dq
        r += dr
        if (q, r) not in cells:
            cells.append((q, r))
    return cells


def to_offset(q, r):
    return q + (r - (r & 1)) // 2, r


def to_axial(x, y):
    return x - (y - (y & 1)) // 2, y


def placements(moves):
    seen = set()
    out = []
    for flip in (False, True):
        for rot in range(6):
            ms = [(FLIP[m] if flip else m) for m in moves]
            ms = [(m + rot) % 6 for m in ms]
            shape = piece_cells(ms)
            for y in range(HEIGHT):
                for x in range(WIDTH):
                    aq, ar = to_axial(x, y)
                    mask = 0
                    ok = True
                    for (q, r) in shape:
                        cx, cy = to_offset(q + aq, r + ar)
                        if not (0 <= cx < WIDTH and 0 <= cy < HEIGHT):
                            ok = False
                            break
                        mask |= 1 << (cy * WIDTH + cx)
                    if ok and mask not in seen:
                        seen.add(mask)
                        out.append(mask)
    return out


def lowest_bit_index(mask):
    return (mask & -mask).bit_length() - 1


def solve(limit):
    # by_cell[p][c]: placements of piece p whose lowest cell is c
    by_cell = []
    for moves in PIECES:
        table = [[] for _ in range(CELLS)]
        for m in placements(moves):
            table[lowest_bit_index(m)].append(m)
        by_cell.append(table)
    full = (1 << CELLS) - 1
    solution = [0] * 10
    found = []

    def search(board, used, depth):
        if len(found) >= limit:
            return
        if board == full:
            cells = ["."] * CELLS
            for p in range(10):
                m = solution[p]
                for c in range(CELLS):
                    if m >> c & 1:
                        cells[c] = str(p)
            found.append("".join(cells))
            return
        cell = lowest_bit_index(~board & full)
        for p in range(10):
            if used >> p & 1:
                continue
            for m in by_cell[p][cell]:
                if board & m == 0:
                    solution[p] = m
                    search(board | m, used | (1 << p), depth + 1)

    search(0, 0, 0)
    return found


def main(n):
    sols = solve(n)
    print(len(sols), "solutions found")
    for s in (min(sols), max(sols)):
        for y in range(HEIGHT):
            row = s[y * WIDTH:(y + 1) * WIDTH]
            print((" " if y % 2 else "") + " ".join(row))
        print()


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
