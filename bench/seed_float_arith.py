# category: seed
# quick: 500000
# 5M iterations of float arithmetic (+, -, *, /) on a few float locals.
import sys


def main(n):
    x = 0.5
    y = 1.25
    acc = 0.0
    for i in range(n):
        x = x * 0.999 + 0.001
        y = y - x / 3.5 + 0.25
        acc += x * y - y / 7.0
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
print("checksum", "%.6f" % main(n))
