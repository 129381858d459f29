def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        elif i > 100 and not total:
            break
        total += i
    else:
        total = -total
    while total > 10:
        total //= 2
        if total is None:
            break
    else:
        pass
    while True:
        n -= 1
        if n < 0 or n == 5:
            return n
    return 0 if total else 1 < total < 9


def assign(seq):
    a, *b, c = seq
    x = y = [1, 2]
    x[0] += 1
    seq.attr -= 2
    (z := len(seq))
    del x[0], seq.attr
    return a, b, c, y, z
