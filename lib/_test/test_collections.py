"""collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap."""
import random


def run(t):
    rng = random.Random(7)
    # deque: random operation sequences, with and without maxlen
    for trial in range(150):
        maxlen = rng.choice([None, None, 0, 1, 3, 6])
        ops = [(rng.choice(['append', 'appendleft', 'pop', 'popleft', 'extend',
                            'extendleft', 'rotate', 'insert', 'remove', 'del',
                            'set', 'get', 'index', 'count', 'reverse', 'clear',
                            'contains', 'iadd', 'imul']),
                rng.randrange(-4, 9)) for _ in range(rng.randrange(1, 40))]

        def play(m, maxlen=maxlen, ops=ops):
            d = m.deque(range(rng_start), maxlen)
            log = []
            for op, arg in ops:
                try:
                    if op in ('append', 'appendleft', 'remove', 'count', 'index'):
                        log.append(getattr(d, op)(arg))
                    elif op in ('pop', 'popleft', 'reverse', 'clear'):
                        log.append(getattr(d, op)())
                    elif op in ('extend', 'extendleft'):
                        getattr(d, op)(range(arg))
                    elif op == 'rotate':
                        d.rotate(arg)
                    elif op == 'insert':
                        d.insert(arg, 'i')
                    elif op == 'del':
                        del d[arg]
                    elif op == 'set':
                        d[arg] = 's'
                    elif op == 'get':
                        log.append(d[arg])
                    elif op == 'contains':
                        log.append(arg in d)
                    elif op == 'iadd':
                        d += [arg, arg]
                    elif op == 'imul':
                        d *= arg % 3
                except (IndexError, ValueError) as e:
                    log.append('%s: %s' % (type(e).__name__, e))
                log.append(repr(d))
            return log, list(reversed(d)), len(d), bool(d), d.maxlen
        rng_start = rng.randrange(5)
        t.same('deque ops %d' % trial, play)
    for expr in ['m.deque().pop()', 'm.deque().popleft()', 'm.deque([1]).index(2)',
                 'm.deque([1]).remove(2)', 'm.deque([1])[5]', 'm.deque([1],maxlen=1).insert(0,2)',
                 'm.deque(maxlen=-1)', 'm.deque(maxlen="a")', 'm.deque([1]).maxlen',
                 'm.deque([1,2])+[1]', 'm.deque(1)', 'm.deque([1,2])[0:1]', 'm.deque([1]).index(1,5)',
                 'm.deque([1,2,3]).rotate("a")', 'm.deque([1,2]) < m.deque([1,3])',
                 'm.deque([1]) == [1]', 'm.deque([1,2])*2', '3*m.deque([1],2)',
                 'm.deque([1,2]) + m.deque([3], 1)', 'm.deque("abc", 2)', 'm.deque([1,2,3,2]).index(2, 2)',
                 'm.deque([1,2,3,2]).index(2, -3, -1)', 'm.deque(range(5)).count(3)',
                 'm.deque([1, 2]) == m.deque([1, 2])', 'm.deque([1, [2]]).copy()',
                 'list(m.deque(range(20)))', 'm.deque(range(100))[57]']:
        t.same(expr, lambda m: eval(expr))

    def mutate(m):
        d = m.deque([1, 2, 3])
        for x in d:
            d.append(x)
    t.same('deque mutate', mutate)

    def rec(m):
        d = m.deque([1])
        d.append(d)
        return repr(d)
    t.same('deque recursive repr', rec)

    # defaultdict
    def dd(m):
        d = m.defaultdict(list)
        for i, c in enumerate('abcab'):
            d[c].append(i)
        e = m.defaultdict(int, {'z': 1})
        e['y'] += 2
        f = d.copy()
        return repr(d), repr(e), d['q'], sorted(d), repr(f), f.default_factory, repr(m.defaultdict()), \
            repr(m.defaultdict(None, a=1)), repr(e | {'w': 0})
    t.same('defaultdict', dd)
    t.same('defaultdict bad', lambda m: m.defaultdict(1))
    t.same('defaultdict none missing', lambda m: m.defaultdict()['x'])

    # Counter
    words = 'the quick brown fox jumps over the lazy dog the end a b a'.split()
    t.same('Counter', lambda m: repr(m.Counter(words)))
    t.same('Counter str', lambda m: (repr(m.Counter('abracadabra')), m.Counter('abracadabra').most_common(3),
                                     m.Counter('abracadabra').most_common(), m.Counter('aab').most_common(0)))
    t.same('Counter kw', lambda m: repr(m.Counter(a=3, b=-1, c=0)))
    t.same('Counter empty', lambda m: (repr(m.Counter()), m.Counter()['x']))
    a_b = lambda m: (m.Counter(a=3, b=1, c=-2, d=0), m.Counter(a=1, b=2, e=5, c=-1))
    t.same('Counter +', lambda m: repr(a_b(m)[0] + a_b(m)[1]))
    t.same('Counter -', lambda m: repr(a_b(m)[0] - a_b(m)[1]))
    t.same('Counter |', lambda m: repr(a_b(m)[0] | a_b(m)[1]))
    t.same('Counter &', lambda m: repr(a_b(m)[0] & a_b(m)[1]))
    t.same('Counter unary', lambda m: (repr(+a_b(m)[0]), repr(-a_b(m)[0])))
    t.same('Counter cmp', lambda m: [(x == y, x <= y, x < y, x >= y, x > y, x != y)
                                     for x in (m.Counter('aab'), m.Counter('ab'), m.Counter(a=2, b=1, c=0))
                                     for y in (m.Counter('aab'), m.Counter('ab'))])

    def inplace(m):
        out = []
        for op in ('__iadd__', '__isub__', '__ior__', '__iand__'):
            x, y = a_b(m)
            out.append(repr(getattr(x, op)(y)))
        return out
    t.same('Counter inplace', inplace)

    def upd(m):
        c = m.Counter('abc')
        c.update('aaz')
        c.update({'b': 5, 'q': 1})
        c.update(x=2)
        c.subtract('aq')
        c.subtract({'z': 3})
        c.subtract(y=1)
        del c['nothere']
        return repr(c), sorted(c.elements()), c.total(), list(c.elements())
    t.same('Counter update', upd)
    t.same('Counter fromkeys', lambda m: m.Counter.fromkeys('ab'))
    t.same('Counter + int', lambda m: m.Counter() + 1)

    # OrderedDict
    def od(m):
        d = m.OrderedDict()
        for k in 'hello world':
            d[k] = ord(k)
        d.move_to_end('h')
        d.move_to_end('w', last=False)
        out = [repr(d), d.popitem(), d.popitem(last=False), repr(d), list(reversed(d))]
        e = m.OrderedDict(reversed(list(d.items())))
        out += [d == e, dict(d) == dict(e), d == dict(e), repr(m.OrderedDict()), repr(d.copy()),
                repr(m.OrderedDict.fromkeys('abc', 0)), repr(d | {'z': 0})]
        return out
    t.same('OrderedDict', od)
    t.same('OrderedDict views', lambda m: [(repr(v), list(reversed(v)), len(v)) for v in
                                           (lambda o: (o.keys(), o.values(), o.items()))(m.OrderedDict(a=1, b=2))]
           + [m.OrderedDict(a=1).keys() == {'a'}, m.OrderedDict(a=1).keys() & {'a', 'b'},
              ('a', 1) in m.OrderedDict(a=1).items(), 1 in m.OrderedDict(a=1).values()])
    t.same('OrderedDict popitem empty', lambda m: m.OrderedDict().popitem())
    t.same('OrderedDict move missing', lambda m: m.OrderedDict().move_to_end(1))

    # namedtuple
    for expr in ['P(1)', 'P()', 'P(1,2,3)', 'P(1,2,z=3)', 'P(1,x=2)', 'm.namedtuple("P","x y z w")(1)',
                 'P._make([1])', 'P._make([1,2,3])', 'P(1,2)._replace(z=1)', 'm.namedtuple("1P","x")',
                 'm.namedtuple("P","x class")', 'm.namedtuple("P","_x")', 'm.namedtuple("P","x x")',
                 'm.namedtuple("P","x _y class x",rename=True)._fields',
                 'm.namedtuple("P","x y",defaults=[1,2,3])', 'm.namedtuple("P","x y",defaults=[1])(0)',
                 'm.namedtuple("P","x y",defaults=[1])._field_defaults', 'P(1,2)._asdict()',
                 'setattr(P(1,2),"x",3)', 'P(1,2).z', 'P.x.__doc__', 'P.__doc__',
                 'P(1,2).__match_args__', 'P._fields', 'P(1,2) == (1,2)', 'm.namedtuple("P",["a","b"])(1,2)',
                 'm.namedtuple("P","a,b")(b=1,a=2)', 'm.namedtuple("P", "")()', 'P(x=1)', 'm.namedtuple("P", 5)',
                 'm.namedtuple("P", [5])', 'P.__new__(P, 1, 2)', 'P(1, 2).__dict__', 'P(y=2, x=1)',
                 'P(3, 4)._replace(y=7)', 'P(3, 4).x + P(3, 4).y', 'P(3, 4)[1]', 'P._make(iter([5, 6]))',
                 'm.namedtuple("Q", "a")(1)', 'm.namedtuple("Q", "a")()', 'm.namedtuple("Q", "")(1)',
                 'm.namedtuple("Q", "a b c", defaults=(2, 3))(1)', 'm.namedtuple("Q", "a b c", defaults=(3,))(1)',
                 'P.__name__', 'P(1, 2) < P(1, 3)', 'hash(P(1, 2)) == hash((1, 2))', 'isinstance(P(1, 2), tuple)',
                 'm.namedtuple("Q", "a", module="mymod").__module__', 'P(1,2).__getnewargs__()',
                 'P.__new__.__doc__', 'P._make.__doc__', 'repr(P(P(1, 2), "s"))', 'delattr(P(1,2), "x")']:
        t.same(expr, lambda m: eval(expr, {'m': m, 'P': m.namedtuple('P', 'x y')}))

    def subclass(m):
        class Pt(m.namedtuple('Pt', 'x y')):
            __slots__ = ()

            def norm(self):
                return self.x + self.y
        return repr(Pt(1, 2)), Pt(1, 2).norm(), repr(Pt._make([3, 4]))
    t.same('namedtuple subclass', subclass)

    # ChainMap
    def cm(m):
        a, b = {'x': 1, 'y': 2}, {'y': 3, 'z': 4}
        c = m.ChainMap(a, b)
        out = [repr(c), c['y'], c['z'], len(c), list(c), sorted(c.items()), 'z' in c, c.get('q', 9)]
        c['z'] = 10
        out += [repr(c), repr(c.new_child()), repr(c.parents), repr(c.new_child({'n': 1}))]
        del c['x']
        out.append(repr(c))
        out.append(c.pop('z'))
        out.append(repr(m.ChainMap()))
        return out
    t.same('ChainMap', cm)
    t.same('ChainMap del missing', lambda m: m.ChainMap({}, {1: 2}).__delitem__(1))
    t.same('ChainMap pop missing', lambda m: m.ChainMap().pop(1))
    t.same('ChainMap missing', lambda m: m.ChainMap({})[3])
    t.same('ChainMap popitem', lambda m: m.ChainMap().popitem())

    def userd(m):
        u = m.UserDict({'a': 1}, b=2)
        u['c'] = 3
        del u['a']
        v = m.UserList([3, 1, 2])
        v.append(0)
        v.sort()
        return repr(u), len(u), 'b' in u, repr(v), v[1], repr(v[1:]), repr(v + [9]), v == [0, 1, 2, 3]
    t.same('User*', userd)

    # the module of a namedtuple class is its caller's (sys._getframemodulename)
    t.same('namedtuple module', lambda m: (m.namedtuple('P', 'x').__module__, repr(m.namedtuple('P', 'x'))))

    def userstring(m):
        u = m.UserString('Hello World')
        v = m.UserString(u)
        out = [repr(u), str(u), len(u), u[1:4], type(u[1:4]).__name__, u + '!', '>' + u, u * 2, 'lo' in u,
               u == 'Hello World', u < 'Z', u.upper(), u.lower(), u.title(), u.swapcase(), u.split(), u.find('o'),
               u.rfind(m.UserString('o')), u.count('l'), u.replace('l', 'L', 2), u.center(15, '*'), u.zfill(14),
               u.strip('Hd'), u.partition(' '), u.startswith('He'), u.isalpha(), u.join(['a', 'b']),
               type(u.join(['a', 'b'])).__name__, u.format(), m.UserString('%s-%s') % (1, 2), u.encode(),
               u.removeprefix('Hello '), u.expandtabs(), u.splitlines(), hash(u) == hash('Hello World'),
               v == u, u.casefold(), u.isidentifier(), u.index('W'), int(m.UserString('42')),
               type(u.upper()).__name__, sorted([m.UserString('b'), m.UserString('a')])]
        return out
    t.same('UserString', userstring)
