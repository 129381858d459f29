# Generator expressions with a fixed number of items in hot loops (nqueens' shape): each
# genexpr's loop is recorded again at its next back-edge after a recording that met its
# return, so it compiles; drained by set/tuple/sorted/sum/any/all, partly consumed by
# next() and then drained or left to escape, a genexpr raising in its middle, and a
# permutations generator consumed by a generator that filters with sets.


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


def queens():
    for n in (4, 5, 6):
        sols = list(n_queens(n))
        print("queens", n, len(sols), sols[:2], sols[-1:])


def drained(n):
    vec = [3, 0, 2, 1, 7, 5, 6, 4]
    cols = range(8)
    acc = []
    kept = []
    for r in range(n):
        vec[r % 8], vec[(r + 3) % 8] = vec[(r + 3) % 8], vec[r % 8]
        a = len(set(vec[i] + i for i in cols))
        b = tuple(vec[k] * 2 for k in vec)
        c = sorted(vec[i] - i for i in cols)
        d = sum(vec[i] * i for i in cols)
        e = any(vec[i] == i for i in cols)
        f = all(vec[i] != 7 - i for i in cols)
        g = (vec[i] ^ i for i in cols)
        first = next(g), next(g)
        rest = tuple(g)
        h = (vec[i] + r for i in cols)
        next(h)
        if r % 97 == 0:
            kept.append(h)
        acc.append((a, b[r % 8], c[0], d, e, f, first, rest[-1]))
    print("drained", len(acc), acc[:2], acc[-2:])
    print("kept", [list(x) for x in kept])


def raising(n):
    out = []
    for r in range(n):
        try:
            t = tuple(10 // (i - r % 9) for i in range(8))
        except ZeroDivisionError as e:
            out.append(str(e))
        else:
            out.append(t[0])
    print("raising", len(out), out[:12])


queens()
drained(1500)
raising(900)
