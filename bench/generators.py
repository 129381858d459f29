# category: other
# quick: 30000
# Generators: pipelines of generator functions and generator expressions, a recursive
# tree walk with `yield from`, and send().
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x & 1 == 0:
            yield x


def take_sum(it, mask):
    s = 0
    for x in it:
        s = (s + x) & mask
    return s


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def main(n):
    a = take_sum(evens(squares(count_up(n))), 0xFFFFFFF)
    b = sum(x % 7 for x in (y * 3 for y in range(n)) if x & 3)
    tree = build(0, n // 10)
    c = 0
    for v in tree:
        c = (c * 3 + v) & 0xFFFFFF
    avg = averager()
    next(avg)
    d = 0
    for i in range(n):
        d = avg.send(i * 2)
    print("checksum", a, b, c, d)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000)
