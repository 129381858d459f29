# category: seed
# quick: 100000
# Build 1M small strings (str(int), concatenation, slicing) and hash them in.
import sys


def main(n):
    acc = 0
    last = ""
    for i in range(n):
        s = "k" + str(i) + "_" + last[:3]
        last = s
        acc = (acc * 31 + len(s) + ord(s[-1])) & 0xFFFFFFF
    return acc, last


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
acc, last = main(n)
print("checksum", acc, last)
