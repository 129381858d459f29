# category: other
# quick: 40000
# Unpacking sequences: tuple and list unpacking, swaps, starred targets, nested targets.
import sys


def main(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    lst = [10, 20, 30, 40, 50]
    acc = 0
    x, y = 1, 2
    for i in range(n):
        a, b, c, d, e, f, g, h, k, m = t
        acc += a + b * c - d + e * f - g + h * k - m
        p, q, r, s, u = lst
        acc += p - q + r - s + u
        x, y = y, (x + y) & 0xFFFF
        first, *middle, last = lst
        acc += first + len(middle) + last
        (j, (l1, l2)), o = (i, (i & 3, i & 5)), i & 7
        acc = (acc + j + l1 * l2 + o) & 0xFFFFFFF
    print("checksum", acc, x, y)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_500_000)
