# category: seed
# quick: 500000
# Pass a 12 MB string through a function 10M times (no copying may happen).
import sys


def ident(s, k):
    return s


def main(n):
    big = "abcdefghijkl" * 1_000_000
    s = big
    acc = 0
    for i in range(n):
        s = ident(s, i)
        acc += 1
    return acc, len(s), s is big


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
print("checksum", *main(n))
