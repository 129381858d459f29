"""pprint: layouts of nested containers at many widths, strings, bytes,
collections types, dataclasses, recursion, depth, compact, sort_dicts."""
import random


def point_class(m):
    # built with the pprint module's own dataclasses (matters in --selfhost)
    @m._dataclasses.dataclass
    class Point:
        x: int
        y: object = None
        label: str = 'a point with a fairly long label text'
    return Point


def build(rng, depth=0):
    k = rng.randrange(12 if depth < 3 else 5)
    if k == 0:
        return rng.randrange(-10 ** rng.randrange(1, 12), 10 ** 6)
    if k == 1:
        return rng.random()
    if k == 2:
        return ' '.join('w' * rng.randrange(1, 9) for _ in range(rng.randrange(0, 14)))
    if k == 3:
        return rng.choice([None, True, False, b'bytes' * rng.randrange(0, 6)])
    if k == 4:
        return (rng.randrange(5),) * rng.randrange(0, 3)
    if k == 5:
        return [build(rng, depth + 1) for _ in range(rng.randrange(0, 7))]
    if k == 6:
        return {('k%d' % rng.randrange(50)): build(rng, depth + 1) for _ in range(rng.randrange(0, 6))}
    if k == 7:
        return tuple(build(rng, depth + 1) for _ in range(rng.randrange(0, 5)))
    if k == 8:
        return set(rng.randrange(100) for _ in range(rng.randrange(0, 12)))
    if k == 9:
        return {rng.randrange(30): [build(rng, depth + 1)] for _ in range(rng.randrange(0, 5))}
    if k == 10:
        return frozenset('abcdefghij'[:rng.randrange(0, 10)])
    return 'line one\nline two is a much longer line of text ' * rng.randrange(1, 4)


def run(t):
    rng = random.Random(2)
    for i in range(250):
        obj = build(rng)
        width = rng.choice([1, 10, 20, 40, 80])
        kw = dict(width=width, indent=rng.choice([1, 1, 2, 4]), compact=rng.random() < 0.3,
                  sort_dicts=rng.random() < 0.8)
        if rng.random() < 0.2:
            kw['depth'] = rng.choice([1, 2, 3])
        t.same('pformat %d %r' % (i, kw), lambda m: m.pformat(obj, **kw))
    def col(m):
        collections = m._collections
        Point = point_class(m)
        return [
            collections.OrderedDict((str(i), list(range(i))) for i in range(8)),
            collections.defaultdict(list, {'a': list(range(30)), 'b': 'x' * 50}),
            collections.Counter('the quick brown fox jumps over the lazy dog' * 3),
            collections.ChainMap({'a': list(range(20))}, {'b': 'x' * 70}),
            collections.deque(range(40)), collections.deque(range(40), maxlen=50),
            collections.deque(), collections.Counter(), collections.OrderedDict(),
            collections.UserList(range(40)), collections.UserDict({'q': list(range(40))}),
            m._types.SimpleNamespace(a=list(range(30)), b='text ' * 20), bytearray(b'abcdefgh' * 20),
            b'\x00\x01abc' * 30, 'x' * 200, 'word ' * 50, {'z': 1},
            Point(1, list(range(40))), [Point(2), Point(3, Point(4, 'nested'))], range(100),
            {'key': {'deep': {'deeper': {'deepest': list(range(30))}}}}]
    for i in range(21):
        for width in (10, 40, 80):
            t.same('collections %d %d' % (i, width), lambda m: m.pformat(col(m)[i], width=width))
    rec = [1, 2]
    rec.append(rec)
    d = {'self': None}
    d['self'] = d
    t.same('recursive list', lambda m: (m.pformat(rec), m.saferepr(rec), m.isrecursive(rec), m.isreadable(rec)))
    t.same('recursive dict', lambda m: (m.pformat(d, width=5), m.isreadable(d)))
    t.same('saferepr', lambda m: (m.saferepr({'b': 1, 'a': [1, 2]}), m.isreadable({'a': 1}), m.isreadable(object())))
    t.same('unsortable', lambda m: m.pformat({1: 'a', 'b': 2, None: 3}, width=10))
    t.same('underscore', lambda m: m.pformat([10 ** 9, 12345] * 8, underscore_numbers=True))
    t.same('bad args', lambda m: m.PrettyPrinter(indent=-1))
    t.same('bad depth', lambda m: m.PrettyPrinter(depth=0))
    t.same('bad width', lambda m: m.PrettyPrinter(width=0))

    def to_stream(m):
        import io
        buf = io.StringIO()
        m.pprint({'a': list(range(30))}, stream=buf)
        m.pp({'b': 1, 'a': 2}, stream=buf)
        m.PrettyPrinter(stream=buf, width=20).pprint(list(range(10)))
        return buf.getvalue()
    t.same('streams', to_stream)
