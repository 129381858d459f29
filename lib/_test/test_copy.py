"""copy: shallow/deep copies of builtins, instances, memo, hooks, sharing."""


class Plain:
    def __init__(self, v):
        self.v = v
        self.lst = [v, [v]]

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.v, self.lst)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]

    def __repr__(self):
        return 'Slotted(%r, %r)' % (self.a, getattr(self, 'b', '<unset>'))


class Hooks:
    def __init__(self):
        self.calls = []

    def __copy__(self):
        h = Hooks()
        h.calls = self.calls + ['copy']
        return h

    def __deepcopy__(self, memo):
        h = Hooks()
        h.calls = self.calls + ['deepcopy', type(memo).__name__]
        return h


class State:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x * 10}

    def __setstate__(self, st):
        self.x = st['x'] + 1


class MyList(list):
    pass


class MyDict(dict):
    pass


def run(t):
    base = [1, 'a', (1, [2]), {'k': [3]}, {4, 5}, frozenset([6]), b'x', bytearray(b'y'), None, 2.5]
    for v in base:
        t.same('copy %r' % (v,), lambda m: repr(m.copy(v)))
        t.same('copy is %r' % (v,), lambda m: m.copy(v) is v)
        t.same('deepcopy %r' % (v,), lambda m: repr(m.deepcopy(v)))
        t.same('deepcopy is %r' % (v,), lambda m: m.deepcopy(v) is v)

    def sharing(m):
        inner = [1]
        outer = [inner, inner, (inner,)]
        c = m.deepcopy(outer)
        s = m.copy(outer)
        return c[0] is c[1], c[2][0] is c[0], c[0] is inner, s[0] is inner, c == outer

    t.same('sharing', sharing)

    def cyclic(m):
        a = [1]
        a.append(a)
        b = m.deepcopy(a)
        d = {}
        d['self'] = d
        e = m.deepcopy(d)
        return b[1] is b, b is not a, e['self'] is e

    t.same('cyclic', cyclic)

    def instances(m):
        p = Plain(3)
        q = m.copy(p)
        r = m.deepcopy(p)
        return repr(q), q.lst is p.lst, repr(r), r.lst is p.lst, r.lst[1] is p.lst[1], type(r).__name__

    t.same('instances', instances)

    def slotted(m):
        s = Slotted()
        c = m.copy(s)
        d = m.deepcopy(s)
        s.b = 2
        e = m.deepcopy(s)
        return repr(c), c.a is s.a, repr(d), d.a is s.a, repr(e)

    t.same('slots', slotted)
    t.same('hooks', lambda m: (m.copy(Hooks()).calls, m.deepcopy(Hooks()).calls, m.deepcopy([Hooks()])[0].calls))
    t.same('state', lambda m: (m.copy(State()).x, m.deepcopy(State()).x))

    def subclasses(m):
        a = MyList([[1], 2])
        a.attr = 'x'
        b = m.copy(a)
        c = m.deepcopy(a)
        d = MyDict(k=[1])
        e = m.deepcopy(d)
        return (type(b).__name__, b, b.attr, b[0] is a[0], c, c[0] is a[0], c.attr,
                type(e).__name__, e, e['k'] is d['k'])

    t.same('subclasses', subclasses)

    def memo(m):
        x = [1]
        memo = {id(x): 'replaced'}
        return m.deepcopy([x, x], memo)

    t.same('memo', memo)

    def nt(m):
        from collections import namedtuple, OrderedDict, deque, defaultdict, Counter
        P = namedtuple('P', 'a b')
        p = P([1], 2)
        q = m.deepcopy(p)
        od = OrderedDict(a=[1])
        dd = defaultdict(list, {'a': [1]})
        return (repr(q), q.a is p.a, repr(m.copy(p)), repr(m.deepcopy(od)), repr(m.deepcopy(deque([[1]], 3))),
                repr(m.deepcopy(dd)), repr(m.copy(Counter('aab'))))

    t.same('stdlib types', nt)
    t.same('functions', lambda m: (m.copy(len) is len, m.deepcopy(run) is run, m.deepcopy(int) is int))

    def exc(m):
        e = ValueError('boom', 1)
        f = m.deepcopy(e)
        return repr(f), f is e, repr(m.copy(e))

    t.same('exceptions', exc)
