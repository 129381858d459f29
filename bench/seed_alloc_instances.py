# category: seed
# quick: 300000
# Allocate 10M small instances, at most two alive at a time.
import sys


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def main(n):
    prev = Pair(0, 0)
    acc = 0
    for i in range(n):
        cur = Pair(i, prev.a)
        acc = (acc + cur.a - cur.b) & 0xFFFFFFF
        prev = cur
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
print("checksum", main(n))
