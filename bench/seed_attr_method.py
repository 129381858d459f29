# category: seed
# quick: 300000
# Attribute loads/stores and method calls on instances in a loop.
import sys


class Counter:
    def __init__(self):
        self.count = 0
        self.step = 3

    def bump(self, k):
        self.count = (self.count + self.step * k) & 0xFFFFFF
        return self.count


def main(n):
    c = Counter()
    d = Counter()
    d.step = 5
    acc = 0
    for i in range(n):
        acc ^= c.bump(i & 7)
        d.count = d.count + c.step
        acc += d.bump(1) & 3
    return acc & 0xFFFFFFF, c.count, d.count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
print("checksum", *main(n))
