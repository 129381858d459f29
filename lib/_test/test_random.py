"""random: bit-identical sequences against CPython for many seeds and methods."""


def run(t):
    seeds = [0, 1, 2, 42, 12345, -7, 2 ** 32, 2 ** 64 + 3, 10 ** 30, 'hello', '', 'ünïcode',
             b'bytes', bytearray(b'ba'), 3.5, -0.0, 1e100, 0.1]
    for s in seeds:
        def draws(m, s=s):
            r = m.Random(s)
            out = [r.random() for _ in range(5)]
            out += [r.randrange(10), r.randrange(3, 1000, 7), r.randrange(100, 1, -3), r.randint(-5, 5),
                    r.randrange(2 ** 70), r.getrandbits(1), r.getrandbits(100)]
            seq = list(range(30))
            r.shuffle(seq)
            out.append(seq)
            out.append(r.choice('abcdefg'))
            out.append(r.sample(range(1000), 10))
            out.append(r.sample(range(10), 10))
            out.append(r.sample(['a', 'b', 'c'], 2, counts=[3, 1, 2]))
            out.append(r.choices('abc', k=5))
            out.append(r.choices('abc', [1, 5, 2], k=5))
            out.append(r.choices('abc', cum_weights=[0.5, 0.7, 3.0], k=4))
            out += [r.uniform(2, 5), r.triangular(), r.triangular(1, 10, 2), r.triangular(2, 2, 2),
                    r.normalvariate(1, 2), r.gauss(), r.gauss(5, 0.5), r.gauss(), r.lognormvariate(0, 1),
                    r.expovariate(1.5), r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 0),
                    r.gammavariate(0.5, 2), r.gammavariate(1.0, 2), r.gammavariate(3, 1.5),
                    r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2), r.randbytes(5)]
            state = r.getstate()
            a = [r.random() for _ in range(3)]
            r.setstate(state)
            out.append(a == [r.random() for _ in range(3)])
            r.seed(s, version=1) if isinstance(s, (str, bytes)) else r.seed(s)
            out.append(r.random())
            return out
        t.same('draws %r' % (s,), draws)
    for n in (1, 2, 3, 5, 6, 7, 20, 21, 22, 100, 1000):
        t.same('sample %d' % n, lambda m: [m.Random(n).sample(range(n * 3), min(n, k)) for k in (0, 1, 5, 6, 30)])
    t.same('big sample', lambda m: m.Random(9).sample(range(10 ** 6), 50))

    def module_level(m):
        m.seed(99)
        out = [m.random(), m.randint(1, 6), m.choice([1, 2, 3]), m.getrandbits(40), m.uniform(0, 1)]
        lst = list(range(10))
        m.shuffle(lst)
        return out + [lst, m.sample(range(50), 5), m.gauss()]
    t.same('module level', module_level)

    def subclass(m):
        class R(m.Random):
            def random(self):
                self.n = getattr(self, 'n', 0) + 1
                return (self.n * 0.37) % 1.0
        r = R(1)
        return [r.randrange(10) for _ in range(10)] + [r.choice('abcdef')]
    t.same('subclass random only', subclass)

    for expr in ['r.randrange(0)', 'r.randrange(5.5)', 'r.randrange(1,1)', 'r.randrange(1,5,0)',
                 'r.randrange(5,1,1)', 'r.randrange(1,5,-1)', 'r.randrange(1, step=2)', 'r.randrange("a")',
                 'r.choice([])', 'r.sample({1,2},1)', 'r.sample([1],2)', 'r.choices([1],[1,2])',
                 'r.choices([1],2)', 'r.choices([1],[0])', 'r.choices([1],[1],cum_weights=[1])', 'r.seed([1])',
                 'r.setstate((9,))', 'r.randint(1.5,3)', 'r.sample([1,2],-1)', 'r.gammavariate(0,1)',
                 'r.randrange(1.0, 3)', 'r.sample([1,2],1,counts=[1])', 'r.getrandbits(-1)', 'r.choices([],k=0)',
                 'r.choices([])', 'r.choices([1], [float("inf")])', 'r.sample([1], 1, counts=[1.5])',
                 'r.sample([1], 1, counts=[0])', 'r.randrange(10, 2.0)', 'r.randrange(0, 10, 2.5)']:
        t.same(expr, lambda m: eval(expr, {'r': m.Random(3)}))
