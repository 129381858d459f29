import sys, functools, itertools, math, operator, collections, enum, abc
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class A(Base, tag='a'): pass
class B(A, tag='b'):
    @classmethod
    def make(cls):
        return super().__name__ if False else cls.__name__
print(Base.registry, A.tag, B.tag, B.make(), Base[int], A['x'])
@functools.total_ordering
class V:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V({self.v})'
print(sorted([V(3), V(1), V(2)]), V(1) >= V(1), V(2) > V(1), max(V(5), V(4)))
x = 42
print(f"{x=}", f"{x!r:>6}", f"{'s'=!s}", f"{3.5:=+8.2f}", f"{x:#010b}", f"{1234567:_}", f"{x = }")
def classify(p):
    match p:
        case {'kind': 'circle', 'r': r} if r > 0: return f'circle {r}'
        case [x, y, *rest]: return f'seq {x} {y} {len(rest)}'
        case V(v=3): return 'V3'
        case str() | bytes() as s: return f'text {s!r}'
        case _: return 'other'
print([classify(o) for o in [{'kind': 'circle', 'r': 2}, [1, 2, 3, 4], V(3), 'hi', b'b', 5]])
print(pow(3, -1, 7), pow(2, 100, 10**9+7), (-5).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfb', 'big', signed=True), (255).bit_length(), (10**30).bit_count())
print(round(12345, -2), round(-2.5), round(1.005, 2), divmod(7.5, -2), 7.5 // -2, -7 % 3, 2 ** -1, 10 ** 20 // 3, -(10**20) // 7)
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.dist((0, 0), (3, 4)), math.copysign(0.0, -1), math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(10, 3))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
print('{name} is {age}'.format_map({'name': 'x', 'age': 3}), '%s %r %a' % ('é', 'é', 'é'), 'abc'.center(9, '*'), 'A,B,,C'.split(','), ' a b '.split(), 'x'.zfill(4), '-12'.zfill(5))
class Color(enum.Enum):
    RED = 1; GREEN = 2
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color['RED'], list(Color), Perm.R | Perm.W, repr(Perm(7)), Perm.R in Perm(5))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
def gen():
    x = yield 1
    while x is not None:
        x = yield x * 2
g = gen(); print(next(g), g.send(5), g.send(7))
d = collections.defaultdict(lambda: collections.defaultdict(int)); d['a']['b'] += 1; print(dict(d['a']), dict(d).keys())
print(sys.getsizeof(1) > 0, sys.intern('abc') is sys.intern('abc'), type(sys.argv), sys.platform, sys.executable != '', isinstance(sys.stdout.write('w\n'), int))
print(sorted({3: 'c', 1: 'a'}.items()), {**{'a': 1}, 'b': 2}, [*range(3), *'ab'], {1, 2} | {3}, frozenset([1]) & {1, 2})
s = 'héllo wörld'
print(s.encode('utf-8'), s.encode('latin-1'), s.title(), s.casefold(), s[::-1], s.index('w'), len(s.encode()), ascii(s), s.isidentifier())
print(bytes(range(5)).hex(), bytearray(b'abc').decode(), b'a,b'.split(b','), b'%d-%s' % (3, b'x'))
print(int('0b101', 0), int('ff', 16), float('-inf'), float('nan') != float('nan'), complex('1+2j'), 1e300 * 1e10, 5 / 2, 7 // 2, hash(-1), hash(1.5))
class Node:
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
    def __len__(self): return sum(1 for _ in self)
    def __bool__(self): return True
    def __contains__(self, v): return any(x == v for x in self)
    def __getitem__(self, i): return list(self)[i]
n = Node(1, Node(2, Node(3)))
print(list(n), len(n), 2 in n, n[-1], list(reversed(list(n))), sum(n), sorted(n, reverse=True))
print(*map(lambda t: t[0] * t[1], zip(range(3), range(3, 6))), sep=', ', end='!\n')
try:
    raise ValueError('a') from KeyError('b')
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}['k']
except KeyError as e:
    print(repr(e), str(e))
try:
    None.x
except AttributeError as e:
    print(e)
try:
    int('abc')
except ValueError as e:
    print(e)
try:
    1 + 'a'
except TypeError as e:
    print(e)
