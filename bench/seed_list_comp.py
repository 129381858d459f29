# category: seed
# quick: 30
# List comprehensions: build, filter and reduce lists of ints.
import sys


def main(n):
    total = 0
    for r in range(n):
        xs = [i * 3 + r for i in range(10000)]
        evens = [x for x in xs if x & 1 == 0]
        sq = [x * x & 0xFFFF for x in evens]
        pairs = [a + b for a, b in zip(sq, xs)]
        total = (total + sum(pairs) + len(evens)) & 0xFFFFFFFF
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
print("checksum", main(n))
