# Starred unpacking (UNPACK_EX) of tuples and lists, and the truth of sets, in hot
# loops: lengths that change, too few items, other iterables, empty and non-empty sets.


def star(n):
    t = (1, 2, 3, 4, 5)
    lst = [10, 20, 30]
    acc = 0
    for i in range(n):
        first, *mid, last = t
        acc += first + len(mid) + last + sum(mid)
        a, *rest = lst
        acc += a + len(rest)
        *init, z = lst if i % 7 else (i, i + 1)
        acc += z + len(init)
        if i % 50 == 49:
            lst.append(i)
        if i % 100 == 99:
            lst = lst[:3]
    return acc, mid, rest, init


def star_floats(n):
    acc = 0.0
    for i in range(n):
        x, *ys, w = (0.5, 1.5, i, 2.5)
        acc += x + w + ys[-1]
    return acc, ys


def too_few(n):
    out = []
    for i in range(n):
        seq = [1, 2, 3] if i < n - 3 else [1]
        try:
            a, b, *c = seq
            out.append(len(c))
        except ValueError as e:
            out.append(str(e))
    return out[-5:]


def other_iterables(n):
    acc = 0
    for i in range(n):
        a, *b = range(i % 4 + 1) if i % 3 else "xyz"
        acc += len(b)
    return acc


def set_truth(n):
    s = set()
    f = frozenset([1])
    hits = 0
    for i in range(n):
        if s:
            hits += 1
        if not f:
            hits += 100
        if i % 10 == 0:
            s.add(i)
        elif i % 10 == 5 and s:
            s.discard(i - 5)
    return hits, len(s)


print(star(2000))
print(star_floats(2000))
print(too_few(1000))
print(other_iterables(1500))
print(set_truth(3000))
