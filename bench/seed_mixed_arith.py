# category: seed
# quick: 250000
# 5M iterations mixing ints and floats (int*float, int/int, float//, int(x)).
import sys


def main(n):
    acc = 0.0
    k = 0
    for i in range(n):
        f = i * 0.5 + k
        k = (k + int(f) % 7) & 1023
        acc += f / (k + 1) - i // 3 * 0.25
    return acc, k


n = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
acc, k = main(n)
print("checksum", "%.4f" % acc, k)
