"""collections.abc: isinstance/issubclass on builtins and user classes, mixins."""
MODULE = 'collections.abc'

NAMES = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
         'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
         'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
         'Sequence', 'MutableSequence', 'ByteString', 'Awaitable', 'AsyncIterable']


class OnlyIter:
    def __iter__(self):
        return iter([])


class OnlyLen:
    def __len__(self):
        return 0


class Unhash:
    __hash__ = None


class Callme:
    def __call__(self):
        pass


def gen():
    yield 1


def run(t):
    samples = [1, 'a', b'b', bytearray(), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
               iter([]), iter(()), iter(''), iter({}), gen(), len, None, OnlyIter(), OnlyLen(),
               Unhash(), Callme(), {}.keys(), {}.values(), {}.items(), iter(range(3))]
    for name in NAMES:
        for s in samples:
            t.same('isinstance(%r, %s)' % (s, name), lambda m: isinstance(s, getattr(m, name)))
        for c in (int, list, dict, set, OnlyIter, OnlyLen, Unhash, Callme, object):
            t.same('issubclass(%s, %s)' % (c.__name__, name), lambda m: issubclass(c, getattr(m, name)))

    def mapping(m):
        class M(m.Mapping):
            def __init__(self, d):
                self.d = d

            def __getitem__(self, k):
                return self.d[k]

            def __iter__(self):
                return iter(self.d)

            def __len__(self):
                return len(self.d)
        x = M({'a': 1, 'b': 2})
        return (list(x.keys()), list(x.values()), list(x.items()), x.get('c', 5), 'a' in x,
                x == {'a': 1, 'b': 2}, x.keys() & {'a', 'z'}, ('a', 1) in x.items(), 2 in x.values(),
                isinstance(x, m.Mapping), isinstance(x, m.MutableMapping), len(x.keys()),
                x.keys() <= {'a', 'b', 'c'}, x.keys() == {'a', 'b'}, x.keys() - {'a'}, x.keys() | {'q'} == {'a', 'b', 'q'},
                x.keys() ^ {'a', 'q'} == {'b', 'q'}, x.keys().isdisjoint({'z'}))
    t.same('Mapping mixins', mapping)

    def mutmapping(m):
        class M(m.MutableMapping):
            def __init__(self):
                self.d = {}

            def __getitem__(self, k):
                return self.d[k]

            def __setitem__(self, k, v):
                self.d[k] = v

            def __delitem__(self, k):
                del self.d[k]

            def __iter__(self):
                return iter(self.d)

            def __len__(self):
                return len(self.d)
        x = M()
        x.update({'a': 1}, b=2)
        x.update([('c', 3)])
        out = [x.setdefault('a', 9), x.setdefault('z', 0), x.pop('z'), x.pop('nope', 'd'), x.popitem(), dict(x)]
        x.clear()
        out.append(len(x))
        try:
            x.pop('q')
        except KeyError as e:
            out.append(repr(e))
        return out
    t.same('MutableMapping mixins', mutmapping)

    def seq(m):
        class S(m.MutableSequence):
            def __init__(self, *a):
                self.l = list(a)

            def __getitem__(self, i):
                return self.l[i]

            def __setitem__(self, i, v):
                self.l[i] = v

            def __delitem__(self, i):
                del self.l[i]

            def __len__(self):
                return len(self.l)

            def insert(self, i, v):
                self.l.insert(i, v)
        s = S(3, 1, 4, 1, 5)
        out = [list(s), list(reversed(s)), 4 in s, s.index(1), s.index(1, 2), s.count(1)]
        s.append(9)
        s.extend([2, 6])
        s.reverse()
        out.append(s.pop())
        s.remove(1)
        s += [7]
        out.append(s.l)
        try:
            s.index(42)
        except ValueError as e:
            out.append(('VE', str(e)))
        return out
    t.same('Sequence mixins', seq)

    def abstract(m):
        class S(m.Sequence):
            pass
        S()
    t.same('abstract Sequence', abstract)

    def sets(m):
        class FS(m.Set):
            def __init__(self, it=()):
                self.s = list(dict.fromkeys(it))

            def __contains__(self, x):
                return x in self.s

            def __iter__(self):
                return iter(self.s)

            def __len__(self):
                return len(self.s)
        a, b = FS([1, 2, 3]), FS([2, 3, 4])
        return (sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, a < FS([1, 2, 3, 4]),
                a == FS([3, 2, 1]), a.isdisjoint([7]), a._hash() == frozenset([1, 2, 3]).__hash__())
    t.same('Set mixins', sets)

    def register(m):
        class Mine:
            pass
        m.Sequence.register(Mine)
        return issubclass(Mine, m.Sequence), issubclass(Mine, m.Iterable), isinstance(Mine(), m.Reversible)
    t.same('register', register)

    def async_mixins(m):
        class Gen(m.AsyncGenerator):
            def __init__(self):
                self.log = []

            async def asend(self, value):
                self.log.append(('send', value))
                return 42

            async def athrow(self, typ, val=None, tb=None):
                self.log.append(('throw', typ.__name__))
                raise StopAsyncIteration

        g = Gen()

        def drive(awaitable):
            it = awaitable.__await__()
            try:
                while True:
                    next(it)
            except StopIteration as e:
                return e.value

        async def use():
            first = await g.__anext__()
            await g.aclose()
            return first
        co = use()
        try:
            co.send(None)
        except StopIteration as e:
            result = e.value
        return result, g.log, isinstance(g, m.AsyncIterator), drive(g.aclose()), g.log[-1]
    t.same('async mixins', async_mixins)

    def aclose_ignored(m):
        class Gen(m.AsyncGenerator):
            async def asend(self, value):
                return 1

            async def athrow(self, typ, val=None, tb=None):
                return 'ignored'
        co = Gen().aclose().__await__()
        try:
            next(co)
        except (StopIteration, RuntimeError) as e:
            return type(e).__name__, str(e)
    t.same('aclose ignored', aclose_ignored)
