# The Computer Language Benchmarks Game: fannkuch-redux, in the shape of the published
# multiprocessing programs: the permutations are split into index ranges, each task
# starts from the permutation of its first index (factorial number system) and the
# results are combined with Pool.starmap.

from sys import argv
from itertools import starmap
from multiprocessing import cpu_count, Pool


def factorials(n):
    fact = [1] * (n + 1)
    for i in range(1, n + 1):
        fact[i] = fact[i - 1] * i
    return fact


def task(n, start, size):
    fact = factorials(n)
    perm = list(range(n))
    count = [0] * n
    idx = start
    for i in range(n - 1, 0, -1):
        d, idx = divmod(idx, fact[i])
        count[i] = d
        perm[:i + 1] = perm[d:i + 1] + perm[:d]

    checksum = 0
    maxflips = 0
    for k in range(start, start + size):
        first = perm[0]
        if first:
            flips = 0
            pp = perm[:]
            while first:
                pp[:first + 1] = pp[first::-1]
                flips += 1
                first = pp[0]
            if flips > maxflips:
                maxflips = flips
            checksum += flips if k % 2 == 0 else -flips
        # next permutation: rotate the first i+1 items left while count[i] overflows
        i = 1
        while i < n:
            perm[:i + 1] = perm[1:i + 1] + perm[:1]
            count[i] += 1
            if count[i] <= i:
                break
            count[i] = 0
            i += 1
    return checksum, maxflips


def fannkuch(n):
    total = factorials(n)[n]
    nchunks = 6
    size = (total + nchunks - 1) // nchunks
    args = [(n, s, min(size, total - s)) for s in range(0, total, size)]
    if cpu_count() > 1:
        with Pool() as pool:
            results = pool.starmap(task, args)
    else:
        results = list(starmap(task, args))
    checksum = sum(r[0] for r in results)
    maxflips = max(r[1] for r in results)
    print('%d\nPfannkuchen(%d) = %d' % (checksum, n, maxflips))


if __name__ == '__main__':
    fannkuch(int(argv[1]) if len(argv) > 1 else 7)
