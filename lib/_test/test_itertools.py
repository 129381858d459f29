"""itertools: every function on many inputs, consumption, errors, reprs."""
import random


def take(it, n=40):
    out = []
    for x in it:
        out.append(x)
        if len(out) >= n:
            break
    return out


def run(t):
    rng = random.Random(5)
    seqs = [[], [1], [1, 2, 3], 'abcd', range(6), [3, 1, 4, 1, 5, 9, 2, 6]]
    for s in seqs:
        t.same('cycle', lambda m: take(m.cycle(s)))
        t.same('accumulate', lambda m: list(m.accumulate(s)))
        t.same('accumulate init', lambda m: list(m.accumulate(s, initial='x' if isinstance(s, str) else 100)))
        t.same('accumulate func', lambda m: list(m.accumulate(s, max)))
        t.same('chain', lambda m: list(m.chain(s, s, [])))
        t.same('from_iterable', lambda m: list(m.chain.from_iterable([s, s])))
        t.same('compress', lambda m: list(m.compress(s, [1, 0, 1, 1, 0])))
        t.same('dropwhile', lambda m: list(m.dropwhile(lambda x: x != 3 and x != 'c', s)))
        t.same('takewhile', lambda m: list(m.takewhile(lambda x: x != 3 and x != 'c', s)))
        t.same('filterfalse', lambda m: list(m.filterfalse(lambda x: x in (1, 'b'), s)))
        t.same('filterfalse none', lambda m: list(m.filterfalse(None, [0, 1, '', 'a', None, s])))
        t.same('groupby', lambda m: [(k, list(g)) for k, g in m.groupby(s)])
        t.same('groupby key', lambda m: [(k, list(g)) for k, g in m.groupby(s, key=lambda x: str(x) < '3')])
        t.same('groupby keys only', lambda m: [k for k, g in m.groupby(sorted(s))])
        t.same('groupby stale', lambda m: [list(g) for g in list(zip(*m.groupby(sorted(s))))[1:] for g in g] if s else [])
        t.same('pairwise', lambda m: list(m.pairwise(s)))
        t.same('starmap', lambda m: list(m.starmap(lambda *a: a, [(x, x) for x in s])))
        t.same('zip_longest', lambda m: list(m.zip_longest(s, [1, 2], fillvalue='-')))
        t.same('zip_longest3', lambda m: list(m.zip_longest(s, 'xy', range(4))))
        for r in (None, 0, 1, 2, 3, 5):
            t.same('permutations %r' % r, lambda m: list(m.permutations(s, r)))
            if r is not None:
                t.same('combinations', lambda m: list(m.combinations(s, r)))
                t.same('cwr', lambda m: list(m.combinations_with_replacement(s, r)))
        t.same('product', lambda m: list(m.product(s, 'ab')))
        t.same('product rep', lambda m: list(m.product(s, repeat=2)))
        t.same('product 0', lambda m: list(m.product()))
        t.same('tee', lambda m: [list(x) for x in m.tee(s, 3)])

        def tee2(m):
            a, b = m.tee(s)
            return take(a, 2), list(b), list(a)
        t.same('tee interleave', tee2)
    for trial in range(300):
        args = [rng.choice([None, 0, 1, 2, 3, 5, 8, 20]) for _ in range(rng.randrange(1, 4))]
        if len(args) == 3 and args[2] == 0:
            args[2] = None

        def sl(m):
            it = iter(range(12))
            return list(m.islice(it, *args)), list(it)
        t.same('islice %r' % args, sl)
    t.same('count', lambda m: (take(m.count(), 5), take(m.count(2.5, 0.5), 5), repr(m.count(3)),
                               repr(m.count(2, 1.0)), repr(m.count(1, 2)), repr(m.count(2.5, 1))))
    t.same('count advanced repr', lambda m: [repr(c) for c in [m.count(5, 3)] for _ in [next(c), next(c)]])
    t.same('repeat', lambda m: (list(m.repeat('a', 3)), repr(m.repeat('a')), repr(m.repeat(1, -3)),
                                take(m.repeat(7), 3), list(m.repeat(1, 0))))
    for bad in ['m.count("a")', 'm.count(1,"a")', 'm.islice(range(5),-1)', 'm.islice(range(5),1,-1)',
                'm.islice(range(5),0,3,0)', 'm.islice(range(5),"a")', 'm.islice(range(5),1,2,3,4)',
                'm.islice(range(5))', 'm.permutations(range(3),-1)', 'm.combinations(range(3),-1)',
                'm.combinations_with_replacement(range(3),-1)', 'm.product(range(2),repeat=-1)',
                'm.tee([],-1)', 'm.repeat(1,"a")', 'list(m.chain(1))', 'm.zip_longest(1)',
                'm.starmap(1,2)', 'm.accumulate(1)', 'm.compress(1,2)', 'm.cycle(1)', 'm.groupby(1)',
                'm.pairwise(1)', 'm.takewhile(1,2)', 'm.filterfalse(None,1)', 'm.permutations(1)',
                'm.combinations([1],"a")', 'm.product(1)', 'm.tee(1)', 'm.permutations([1],1.5)',
                'm.islice(range(5),1,None,"a")', 'list(m.starmap(pow, [1]))', 'm.tee([1], 0)',
                'list(m.islice("abcdef", None, None, 2))', 'list(m.accumulate([1, "a"]))']:
        t.same(bad, lambda m: eval(bad))
