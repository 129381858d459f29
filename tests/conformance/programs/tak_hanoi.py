# Classic recursion micro-programs: Takeuchi's tak (integer and float), the Towers of
# Hanoi with explicit pegs (move list and checksum), and Ackermann at a small size.

import sys


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ftak(x, y, z):
    if not y < x:
        return z
    return ftak(ftak(x - 1.0, y, z), ftak(y - 1.0, z, x), ftak(z - 1.0, x, y))


def hanoi(n, src, dst, via, pegs, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, pegs, moves)
    disk = pegs[src].pop()
    if pegs[dst] and pegs[dst][-1] < disk:
        raise ValueError('illegal move of disk %d onto %d' % (disk, pegs[dst][-1]))
    pegs[dst].append(disk)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, pegs, moves)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main():
    print('tak(18, 12, 6) =', tak(18, 12, 6))
    print('tak(12, 8, 4) =', tak(12, 8, 4))
    print('ftak(12.0, 8.0, 4.0) =', ftak(12.0, 8.0, 4.0))
    for n in (1, 3, 10):
        pegs = {'A': list(range(n, 0, -1)), 'B': [], 'C': []}
        moves = []
        hanoi(n, 'A', 'C', 'B', pegs, moves)
        check = sum((i + 1) * (ord(s) * 3 + ord(d)) for i, (s, d) in enumerate(moves))
        print('hanoi(%d): %d moves, pegs %r, check %d' % (n, len(moves), pegs, check))
        if n == 3:
            print(' '.join(s + d for s, d in moves))
    sys.setrecursionlimit(3000)
    print('ack(2, 3) =', ack(2, 3), 'ack(3, 3) =', ack(3, 3))


main()
