# List slices in hot loops: reads and stores by slices of small ints and None (the
# trace's virtual slice and its list helpers), and the cases those helpers leave to the
# interpreter: bools and big ints as bounds, stores of other lengths, extended stores
# of the wrong length (ValueError), values other than lists and tuples, strings and
# tuples sliced, a list stored into itself.


def flips(n):
    perm = list(range(n))
    total = 0
    for r in range(2000):
        k = r % n
        perm[: k + 1] = perm[k::-1]
        total += perm[0] + perm[-1]
    return total, perm


def reads(xs):
    acc = 0
    for i in range(3000):
        a = i % 7
        b = a + i % 5
        acc += len(xs[a:b]) + sum(xs[b:a:-1]) + len(xs[::3]) + len(xs[a::-2])
        acc += len(xs[-b:]) + len(xs[: -a or None])
    return acc


def stores(n):
    xs = list(range(n))
    log = []
    for i in range(1500):
        j = i % n
        if i % 100 == 0:
            xs[j : j + 2] = [i, i, i]  # grows
        elif i % 150 == 1:
            xs[j : j + 3] = ()  # shrinks
        elif i % 9 == 0:
            xs[::2] = xs[::2][::-1]
        elif i % 11 == 0:
            xs[::-1] = xs
        else:
            xs[j : j + 1] = (i,)
        log.append(len(xs))
    return sum(xs), len(xs), log[-5:]


def odd_bounds(xs):
    out = 0
    for i in range(2000):
        out += len(xs[True : 2 ** 70]) if i % 500 == 7 else len(xs[1:-1])
    return out


def errors(xs):
    caught = []
    for i in range(1200):
        try:
            if i % 300 == 5:
                xs[::2] = [1]
            elif i % 300 == 9:
                xs[0:1] = range(xs[0], xs[0] + 1)
            else:
                xs[0:2] = xs[0:2]
        except (ValueError, TypeError) as e:
            caught.append(type(e).__name__ + ": " + str(e))
    return caught


def mixed(seqs):
    out = []
    for i in range(1500):
        s = seqs[i % 3]
        out.append(s[1:4])
    return out[-3:]


print(flips(9))
print(reads(list(range(20))))
print(stores(12))
print(odd_bounds(list(range(10))))
print(errors(list(range(10))))
print(mixed([list(range(6)), "abcdef", (9, 8, 7, 6, 5)]))
