# category: object
# quick: 6
# N-queens by brute force over permutations (a generator), filtered with sets, as in the
# classic nqueens benchmark.
import sys


def permutations(items):
    n = len(items)
    indices = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(items)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(items[k] for k in indices)
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(list(cols)):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def main(n):
    for _ in range(8):
        count = 0
        checksum = 0
        for sol in n_queens(n):
            count += 1
            for q in sol:
                checksum = (checksum * 7 + q) % 1000003
    print("queens", n, "solutions", count, "checksum", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
