# category: numeric
# quick: 7
# Fannkuch-redux: flip prefixes of every permutation of 1..n; max flips and a checksum.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # next permutation in the counting order of the original program
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
for _ in range(2):
    checksum, flips = fannkuch(n)
print(checksum)
print("Pfannkuchen(%d) = %d" % (n, flips))
