"""bisect: all four functions, lo/hi, key."""


def run(t):
    a = [1, 2, 2, 2, 5, 7, 7, 9]
    for x in range(0, 11):
        for lo, hi in ((0, None), (2, 6), (3, 3), (0, 8)):
            t.same('bl', lambda m: m.bisect_left(a, x, lo, hi))
            t.same('br', lambda m: m.bisect_right(a, x, lo, hi))
            t.same('b', lambda m: m.bisect(a, x, lo, hi))
            t.same('bk', lambda m: m.bisect_left([(v, 'x') for v in a], x, key=lambda p: p[0]))
            t.same('brk', lambda m: m.bisect_right([(v, 'x') for v in a], x, lo, hi, key=lambda p: p[0]))

        def ins(m):
            b = list(a)
            m.insort(b, x)
            m.insort_left(b, x + 0.5)
            m.insort_right(b, x - 0.5, 1)
            c = [(v, 0) for v in a]
            m.insort(c, (x, 1), key=lambda p: p[0])
            m.insort_left(c, (x, 2), key=lambda p: p[0])
            return b, c
        t.same('insort', ins)
    t.same('neg lo', lambda m: m.bisect([1], 1, -1))
    t.same('neg lo insort', lambda m: m.insort([1], 1, -1))
