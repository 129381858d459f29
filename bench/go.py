# category: object
# quick: 1
# Go: Monte-Carlo move selection on a 9x9 board: random playouts with captures, suicide
# and simple-ko rules, area scoring; board squares and groups are objects.
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []

    def group_and_liberties(self):
        color = self.color
        group = [self]
        seen = {self.pos}
        libs = set()
        i = 0
        while i < len(group):
            sq = group[i]
            i += 1
            for nb in sq.neighbours:
                if nb.color == EMPTY:
                    libs.add(nb.pos)
                elif nb.color == color and nb.pos not in seen:
                    seen.add(nb.pos)
                    group.append(nb)
        return group, libs


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for sq in self.squares:
            x, y = sq.pos % SIZE, sq.pos // SIZE
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE:
                    sq.neighbours.append(self.squares[ny * SIZE + nx])
        self.ko = -1
        self.history = []

    def copy_from(self, other):
        for a, b in zip(self.squares, other.squares):
            a.color = b.color
        self.ko = other.ko
        self.history = []

    def is_eye(self, sq, color):
        for nb in sq.neighbours:
            if nb.color != color:
                return False
        return True

    def legal(self, pos, color):
        sq = self.squares[pos]
        if sq.color != EMPTY or pos == self.ko:
            return False
        if self.is_eye(sq, color):
            return False
        other = 3 - color
        for nb in sq.neighbours:
            if nb.color == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or joins a group with liberties
        sq.color = color
        ok = False
        for nb in sq.neighbours:
            if nb.color == other:
                _, libs = nb.group_and_liberties()
                if not libs:
                    ok = True
                    break
        if not ok:
            _, libs = sq.group_and_liberties()
            ok = len(libs) > 0
        sq.color = EMPTY
        return ok

    def play(self, pos, color):
        sq = self.squares[pos]
        sq.color = color
        other = 3 - color
        captured = []
        for nb in sq.neighbours:
            if nb.color == other:
                group, libs = nb.group_and_liberties()
                if not libs:
                    for g in group:
                        g.color = EMPTY
                        captured.append(g.pos)
        self.ko = captured[0] if len(captured) == 1 else -1
        self.history.append(pos)
        return len(captured)

    def score(self, color):
        count = 0.0 if color == BLACK else KOMI
        for sq in self.squares:
            if sq.color == color:
                count += 1
            elif sq.color == EMPTY:
                mine = theirs = False
                for nb in sq.neighbours:
                    if nb.color == color:
                        mine = True
                    elif nb.color != EMPTY:
                        theirs = True
                if mine and not theirs:
                    count += 1
        return count


def random_move(board, color, rng):
    n = SIZE * SIZE
    start = rng.below(n)
    for k in range(n):
        pos = (start + k) % n
        if board.legal(pos, color):
            return pos
    return -1


def playout(board, color, rng):
    passes = 0
    moves = 0
    while passes < 2 and moves < 200:
        pos = random_move(board, color, rng)
        if pos < 0:
            passes += 1
        else:
            passes = 0
            board.play(pos, color)
        color = 3 - color
        moves += 1
    return moves


def best_move(board, color, playouts, rng):
    scratch = Board()
    best, best_score = -1, -1.0
    candidates = []
    for _ in range(8):
        pos = random_move(board, color, rng)
        if pos >= 0 and pos not in candidates:
            candidates.append(pos)
    for pos in candidates:
        wins = 0
        for _ in range(playouts):
            scratch.copy_from(board)
            scratch.play(pos, color)
            playout(scratch, 3 - color, rng)
            if scratch.score(color) > scratch.score(3 - color):
                wins += 1
        if wins > best_score:
            best, best_score = pos, wins
    return best, best_score


def main(moves):
    rng = Rng(42)
    board = Board()
    color = BLACK
    record = []
    for _ in range(moves):
        pos, wins = best_move(board, color, 3, rng)
        if pos < 0:
            break
        board.play(pos, color)
        record.append("%s%d%d" % ("BW"[color - 1], pos % SIZE, pos // SIZE))
        color = 3 - color
    print(" ".join(record))
    print("black %.1f white %.1f" % (board.score(BLACK), board.score(WHITE)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
