# category: other
# quick: 1
# Hexiom: place numbered tiles on a hexagonal board so that every tile's number equals its
# count of occupied neighbours; backtracking with constraint propagation, counts solutions.
import sys


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Hex:
    """A hexagonal board of the given side, cells in axial coordinates."""

    def __init__(self, side):
        self.cells = []
        r = side - 1
        for q in range(-r, r + 1):
            for s in range(max(-r, -q - r), min(r, -q + r) + 1):
                self.cells.append((q, s))
        index = {c: i for i, c in enumerate(self.cells)}
        self.neighbours = []
        for (q, s) in self.cells:
            nbs = []
            for dq, ds in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = index.get((q + dq, s + ds))
                if j is not None:
                    nbs.append(j)
            self.neighbours.append(nbs)


EMPTY = -1
UNKNOWN = -2


class Solver:
    def __init__(self, board, tiles):
        self.board = board
        self.n = len(board.cells)
        self.counts = [0] * 7
        for t in tiles:
            self.counts[t] += 1
        self.empties = self.n - len(tiles)
        self.state = [UNKNOWN] * self.n
        self.solutions = 0
        self.first = None
        self.nodes = 0

    def consistent(self, cell):
        # Check `cell` and its neighbours: every placed tile must still be satisfiable.
        nbs = self.board.neighbours
        for c in [cell] + nbs[cell]:
            v = self.state[c]
            if v < 0:
                continue
            occupied = 0
            unknown = 0
            for nb in nbs[c]:
                s = self.state[nb]
                if s >= 0:
                    occupied += 1
                elif s == UNKNOWN:
                    unknown += 1
            if occupied > v or occupied + unknown < v:
                return False
        return True

    def search(self, i):
        self.nodes += 1
        if i == self.n:
            self.solutions += 1
            if self.first is None:
                self.first = list(self.state)
            return
        if self.empties > 0:
            self.state[i] = EMPTY
            self.empties -= 1
            if self.consistent(i):
                self.search(i + 1)
            self.empties += 1
        for v in range(7):
            if self.counts[v] == 0:
                continue
            self.state[i] = v
            self.counts[v] -= 1
            if self.consistent(i):
                self.search(i + 1)
            self.counts[v] += 1
        self.state[i] = UNKNOWN


def make_puzzle(board, rng, filled):
    n = len(board.cells)
    occupied = [False] * n
    k = 0
    while k < filled:
        c = rng.below(n)
        if not occupied[c]:
            occupied[c] = True
            k += 1
    tiles = []
    for c in range(n):
        if occupied[c]:
            tiles.append(sum(1 for nb in board.neighbours[c] if occupied[nb]))
    return tiles


def main(n):
    rng = Rng(2024)
    board = Hex(3)
    total_solutions = 0
    total_nodes = 0
    for p in range(n):
        tiles = make_puzzle(board, rng, 9 + p % 4)
        solver = Solver(board, tiles)
        solver.search(0)
        total_solutions += solver.solutions
        total_nodes += solver.nodes
        print("puzzle", p, "tiles", "".join(str(t) for t in sorted(tiles)),
              "solutions", solver.solutions,
              "first", "".join("." if v < 0 else str(v) for v in solver.first))
    print("total solutions", total_solutions, "nodes", total_nodes)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
