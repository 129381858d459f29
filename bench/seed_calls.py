# category: seed
# quick: 100000
# 1M calls of a two-argument Python function.
import sys


def add(a, b):
    return a + b


def main(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i) & 0xFFFFFF
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
print("checksum", main(n))
