"""reprlib: size-limited reprs of every supported type, recursive_repr."""
import collections


def run(t):
    values = [list(range(20)), tuple(range(3)), (1,), set(range(30)), frozenset('abcdefghij'), {},
              {i: str(i) * i for i in range(10)}, 'x' * 100, 'short', 10 ** 80, 12345,
              [[[[[[[1]]]]]]], collections.deque(range(10)), object, {'a': [1, {'b': (2, [3, [4, [5]]])}]},
              set(), frozenset(), [], (), {1, 'a', None}, 3.14159, b'bytes' * 20]
    for v in values:
        t.same('repr %r' % (v,), lambda m: m.repr(v))

    def custom(m):
        r = m.Repr()
        r.maxlist = 2
        r.maxstring = 10
        r.maxlevel = 2
        return r.repr([list(range(5)), 'abcdefghijklmnop', [[1, [2]]]])
    t.same('custom Repr', custom)

    def rec(m):
        class Node:
            def __init__(self):
                self.kids = [self]

            @m.recursive_repr()
            def __repr__(self):
                return 'Node(%r)' % (self.kids,)
        return repr(Node()), Node.__repr__.__name__
    t.same('recursive_repr', rec)
