# category: other
# quick: 600
# Digits of pi by Gibbons' unbounded spigot (big-integer arithmetic).
import sys


def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return digits


def main(n):
    digits = pidigits(n)
    for i in range(0, n, 50):
        print("".join(str(d) for d in digits[i:i + 50]))
    print("sum", sum(digits))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
