"""operator: functions, getters, reprs, errors."""
import copy


class P:
    def __init__(self):
        self.a = 1
        self.b = self

    def f(self, x, k=0):
        return x + k


def run(t):
    vals = [0, 3, -7, 2.5, True, 'ab', [1], (2,)]
    names = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'sub', 'mul', 'floordiv',
             'truediv', 'mod', 'pow', 'and_', 'or_', 'xor', 'lshift', 'rshift',
             'is_', 'is_not', 'concat', 'contains', 'countOf', 'indexOf',
             'iadd', 'isub', 'imul', 'ior', 'iconcat', 'getitem']
    for n in names:
        for a in vals:
            for b in vals:
                t.same('%s(%r,%r)' % (n, a, b), lambda m: getattr(m, n)(copy.copy(a), b))
    for n in ('not_', 'truth', 'abs', 'neg', 'pos', 'inv', 'invert', 'index', 'length_hint'):
        for a in vals + [None, iter([1, 2]), range(5)]:
            t.same('%s(%r)' % (n, a), lambda m: getattr(m, n)(a))
    t.same('itemgetter', lambda m: (m.itemgetter(1)([4, 5]), m.itemgetter(0, 2)('abc'), repr(m.itemgetter(1, 'a'))))
    t.same('itemgetter0', lambda m: m.itemgetter())
    t.same('attrgetter', lambda m: (m.attrgetter('a')(P()), m.attrgetter('b.b.a', 'a')(P()), repr(m.attrgetter('a.b', 'c'))))
    t.same('attrgetter int', lambda m: m.attrgetter(1))
    t.same('attrgetter missing', lambda m: m.attrgetter('zz')(P()))
    t.same('methodcaller', lambda m: (m.methodcaller('f', 1, k=2)(P()), repr(m.methodcaller('f', 1, k=2))))
    t.same('methodcaller0', lambda m: m.methodcaller())
    t.same('call', lambda m: m.call(max, 1, 5, 2))
    t.same('setitem', lambda m: [m.setitem(x, 0, 9) or m.delitem(x, 1) or x for x in [[1, 2, 3]]])
    t.same('length_hint bad', lambda m: m.length_hint(1, 'a'))
    t.same('dunder', lambda m: m.__add__(1, 2))
