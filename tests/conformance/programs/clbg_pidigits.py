# The Computer Language Benchmarks Game: pidigits, the published pure-Python shape
# (the spigot on Python ints, no gmpy), digits printed ten to a line.

import sys


def main(N):
    i = k = ns = 0
    k1 = 1
    n, a, d, t, u = 1, 0, 1, 0, 0
    while True:
        k += 1
        t = n << 1
        n *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= n:
            t, u = divmod(n * 3 + a, d)
            u += n
            if d > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    print('%010d\t:%d' % (ns, i))
                    ns = 0
                if i >= N:
                    break
                a -= d * t
                a *= 10
                n *= 10
    if i % 10:
        print('%s\t:%d' % (str(ns).zfill(i % 10).ljust(10), i))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 127)
