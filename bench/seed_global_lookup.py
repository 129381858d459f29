# category: seed
# quick: 500000
# Global variable and builtin lookups inside a loop.
import sys

SCALE = 3
OFFSET = 11
MASK = 0xFFFFF


def main(n):
    acc = 0
    for i in range(n):
        acc = (acc + SCALE * i + OFFSET) & MASK
        acc += len(BANNER)
    return acc


BANNER = "global"
n = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
print("checksum", main(n))
