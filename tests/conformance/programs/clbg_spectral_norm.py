# The Computer Language Benchmarks Game: spectral-norm, in the shape of the published
# Python 3 multiprocessing program (rows of A*u and A^T*u computed by Pool.map).

from math import sqrt
from sys import argv
from multiprocessing import Pool


def eval_A(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) / 2 + i + 1)


def A_sum(u, i):
    return sum(eval_A(i, j) * u_j for j, u_j in enumerate(u))


def At_sum(u, i):
    return sum(eval_A(j, i) * u_j for j, u_j in enumerate(u))


def multiply_AtAv(u, pool):
    r = range(len(u))
    tmp = pool.starmap(A_sum, zip([u] * len(u), r))
    return pool.starmap(At_sum, zip([tmp] * len(u), r))


def main(n):
    u = [1] * n
    with Pool() as pool:
        for _ in range(10):
            v = multiply_AtAv(u, pool)
            u = multiply_AtAv(v, pool)
    vBv = vv = 0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    print("%0.9f" % (sqrt(vBv / vv)))


if __name__ == '__main__':
    main(int(argv[1]) if len(argv) > 1 else 60)
