# category: seed
# quick: 600
# Nested 2000x2000 `for ... in range` loops.
import sys


def main(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            acc += (i ^ j) & 15
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
print("checksum", main(n))
