# category: seed
# quick: 500000
# A 10M-iteration `while` loop with an integer accumulator.
import sys


def main(n):
    i = 0
    acc = 0
    while i < n:
        acc += i & 1023
        i += 1
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
print("checksum", main(n))
