"""functools: reduce, partial, lru_cache stats/eviction, wraps, total_ordering,
cmp_to_key, cached_property, singledispatch."""


def g(a, b=1, *rest, **kw):
    return (a, b, rest, sorted(kw.items()))


def run(t):
    t.same('reduce', lambda m: (m.reduce(lambda a, b: a * 10 + b, [1, 2, 3]),
                                m.reduce(lambda a, b: a + b, [], 5), m.reduce(max, [3], 9)))
    t.same('reduce empty', lambda m: m.reduce(lambda a, b: a, []))
    t.same('reduce noiter', lambda m: m.reduce(lambda a, b: a, 1))
    t.same('partial', lambda m: (m.partial(g, 1, b=2)(3, c=4), m.partial(m.partial(g, 1), 2, x=1)(z=3),
                                 m.partial(g, b=5)(0, b=6)))
    t.same('partial repr', lambda m: repr(m.partial(max, 1, key=abs)))
    t.same('partial nested repr', lambda m: repr(m.partial(m.partial(max, 1), 2)))
    t.same('partial attrs', lambda m: [(p.func, p.args, p.keywords) for p in [m.partial(max, 1, key=abs)]])
    t.same('partial0', lambda m: m.partial())
    t.same('partial nc', lambda m: m.partial(1))

    def lru(m, maxsize, typed=False):
        calls = []

        @m.lru_cache(maxsize=maxsize, typed=typed)
        def f(x, y=0):
            calls.append((x, y))
            return x * 2 + y
        seq = [1, 2, 3, 1, 4, 2, 5, 1, 1.0, True, 3, (1, 2), 2, 4]
        out = [f(x) for x in seq] + [f(1, y=2), f(1, 2), f(1, y=2)]
        info = f.cache_info()
        f.cache_clear()
        return out, calls, info, f.cache_info(), f.cache_parameters(), info.hits, info._asdict() if hasattr(info, '_asdict') else None
    for size in (None, 0, 1, 2, 3, 128, -5):
        t.same('lru %r' % size, lambda m: lru(m, size))
        t.same('lru typed %r' % size, lambda m: lru(m, size, True))

    def bare(m):
        @m.lru_cache
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        return fib(60), fib.cache_info(), fib.__name__, fib.__wrapped__(10)
    t.same('lru bare fib', bare)

    def cache(m):
        @m.cache
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        return fib(80), fib.cache_info()
    t.same('cache', cache)
    t.same('lru bad', lambda m: m.lru_cache('a'))

    def wraps(m):
        def deco(fn):
            @m.wraps(fn)
            def inner(*a):
                return fn(*a)
            return inner

        @deco
        def hello(x):
            "doc"
            return x
        hello.extra = 1
        return hello.__name__, hello.__doc__, hello(3), hello.__wrapped__.__name__, hello.__qualname__.split('.')[-1]
    t.same('wraps', wraps)

    def ordering(m, root):
        class V:
            def __init__(self, v):
                self.v = v

            def __eq__(self, o):
                return self.v == o.v

        def cmp(self, o):
            if not isinstance(o, V):
                return NotImplemented
            return {'__lt__': self.v < o.v, '__le__': self.v <= o.v,
                    '__gt__': self.v > o.v, '__ge__': self.v >= o.v}[root]
        setattr(V, root, cmp)
        V = m.total_ordering(V)
        out = []
        for a in range(3):
            for b in range(3):
                out.append((V(a) < V(b), V(a) <= V(b), V(a) > V(b), V(a) >= V(b)))
        try:
            V(1) < 3
        except TypeError as e:
            out.append(str(e))
        return out
    for root in ('__lt__', '__le__', '__gt__', '__ge__'):
        t.same('total_ordering ' + root, lambda m: ordering(m, root))

    def no_order(m):
        class A:
            pass
        m.total_ordering(A)
    t.same('total_ordering none', no_order)

    def cmpkey(m):
        def c(a, b):
            return (a % 3 > b % 3) - (a % 3 < b % 3)
        return sorted(range(12), key=m.cmp_to_key(c)), sorted('hello', key=m.cmp_to_key(lambda a, b: (a < b) - (a > b)))
    t.same('cmp_to_key', cmpkey)

    def cp(m):
        class C:
            n = 0

            @m.cached_property
            def val(self):
                C.n += 1
                return C.n * 10
        c = C()
        return c.val, c.val, C.n, 'val' in c.__dict__, C().val
    t.same('cached_property', cp)

    def cp_slots(m):
        class C:
            __slots__ = ()

            @m.cached_property
            def val(self):
                return 1
        return C().val
    t.same('cached_property slots', cp_slots)

    def sd(m):
        @m.singledispatch
        def f(x):
            return 'obj'

        @f.register(int)
        def _(x):
            return 'int'

        @f.register
        def _(x: list):
            return 'list'
        f.register(str, lambda x: 'str')
        return [f(1), f(True), f('a'), f([1]), f(2.0), f(None), f.dispatch(bool) is f.dispatch(int)]
    t.same('singledispatch', sd)

    def sd_noarg(m):
        @m.singledispatch
        def f(x):
            return 1
        return f()
    t.same('singledispatch no arg', sd_noarg)

    def sdm(m):
        class A:
            @m.singledispatchmethod
            def f(self, x):
                return 'obj'

            @f.register
            def _(self, x: int):
                return 'int %d' % x
        return A().f(1), A().f('a')
    t.same('singledispatchmethod', sdm)

    def pm(m):
        class A:
            def f(self, a, b):
                return (a, b)
            g = m.partialmethod(f, 1)
        return A().g(2)
    t.same('partialmethod', pm)
