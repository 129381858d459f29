# category: seed
# quick: 300000
# 5M iterations of small-integer arithmetic (+, -, *, //, %, shifts, bit ops).
import sys


def main(n):
    a = 1
    b = 7
    acc = 0
    for i in range(n):
        a = (a * 31 + i) % 1000003
        b = (b ^ (a >> 3)) + (i & 255)
        acc = (acc + a - b // 3 + (b << 2)) & 0xFFFFFFF
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
print("checksum", main(n))
