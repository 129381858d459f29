"""dataclasses: generated methods, defaults, errors, frozen/order/hash, helpers."""
from typing import ClassVar, List


def classes(m):
    @m.dataclass
    class P:
        x: int
        y: int = 2

    @m.dataclass(order=True, frozen=True)
    class Q:
        a: int
        b: list = m.field(default_factory=list, compare=False)

    @m.dataclass
    class K:
        x: int
        _: m.KW_ONLY
        z: int
        w: str = 'w'

    @m.dataclass
    class Post:
        a: int
        b: int = m.field(init=False)
        scale: m.InitVar[int] = 10
        count: ClassVar[int] = 0

        def __post_init__(self, scale):
            self.b = self.a * scale
            Post.count += 1

    @m.dataclass
    class Child(P):
        z: List[int] = m.field(default_factory=lambda: [1, 2])
        hidden: str = m.field(default='h', repr=False)

    @m.dataclass(eq=False)
    class NoEq:
        v: int

    @m.dataclass(unsafe_hash=True)
    class UH:
        v: int
        w: int = m.field(default=0, hash=False)

    @m.dataclass(frozen=True)
    class Fz:
        v: int

    @m.dataclass(slots=True)
    class Sl:
        a: int
        b: str = 'b'

    @m.dataclass
    class Doc:
        """My doc."""
        v: int

    @m.dataclass(kw_only=True)
    class AllKw:
        a: int
        b: int = 1

    return dict(P=P, Q=Q, K=K, Post=Post, Child=Child, NoEq=NoEq, UH=UH, Fz=Fz, Sl=Sl, Doc=Doc,
                AllKw=AllKw, m=m)


EXPRS = [
    'P()', 'P(1,2,3)', 'P(1,q=2)', 'P(1,x=2)', 'P(1)', 'P(y=3, x=4)', 'K(1)', 'K(1,2)', 'K(1, z=3)', 'K(1, 2, z=3)',
    'K()', 'repr(Q(1))', 'Q(1) < Q(2)', 'Q(1, [5]) == Q(1, [6])', 'Q(2) >= Q(1)', 'Q(1) < 1',
    'Q(1).__setattr__("a",2)', 'Q(1).__delattr__("a")', 'hash(Q(1))==hash((1,))', 'P.__init__.__qualname__.split(".")[-2:]',
    'm.asdict(P(1,[P(3)]))', 'm.astuple(P(1, (P(2), {"k": P(3)})))', 'm.replace(P(1), y=5)', 'm.replace(P(1), z=5)',
    'P.__match_args__', 'P(1)==P(1)', 'P(1)==(1,2)', 'P(1) != P(2)', 'P.__hash__', 'm.fields(1)', 'm.is_dataclass(P)',
    'm.is_dataclass(P(1))', 'm.is_dataclass(1)', 'P.y', 'P.__doc__', 'K.__doc__', 'Child.__doc__', 'Post.__doc__',
    'K.__match_args__', 'm.replace(1)', 'm.asdict(1)', '[f.name for f in m.fields(Child)]', '[f.name for f in m.fields(Post)]',
    'Post(2)', 'Post(2, 3).b', 'Post.count', 'm.replace(Post(2), scale=5)', 'm.replace(Post(2), b=1)', 'Child(1)', 'Child(1, 2, [3])',
    'Child(1) == Child(1)', 'Child(1).hidden', 'NoEq(1) == NoEq(1)', 'hash(UH(1, 5)) == hash(UH(1, 6))', 'UH(1) == UH(1)',
    'Fz(1) == Fz(1)', 'hash(Fz(3)) == hash((3,))', '{Fz(1), Fz(1)}', 'Fz(1).__setattr__("zz", 1)', 'Sl(1)', 'Sl.__slots__',
    'Sl(1).__dict__', 'Doc.__doc__', 'AllKw(a=1)', 'AllKw(1)', 'AllKw.__match_args__',
    'm.make_dataclass("MD", [("a", int), ("b", int, m.field(default=5))])(1)', 'm.make_dataclass("MD", ["q"])(1)',
    'm.field(default=1, default_factory=list)', 'P.__dataclass_params__', 'm.fields(P)[1].default',
    'm.fields(Q)[1].default_factory is list', 'type(m.fields(P)[0].default).__name__',
    'm.astuple(Q(1, [1]))', 'm.asdict(Q(1, [P(1)]), dict_factory=list)', 'isinstance(m.FrozenInstanceError(), AttributeError)',
]


def run(t):
    for expr in EXPRS:
        t.same(expr, lambda m: eval(expr, classes(m)))
    errors = ['@m.dataclass\nclass A:\n  x: list = []',
              '@m.dataclass\nclass A:\n  x: int = 1\n  y: int',
              '@m.dataclass(order=True)\nclass A:\n  x: int\n  def __lt__(s,o): pass',
              '@m.dataclass(unsafe_hash=True)\nclass A:\n  x: int\n  def __hash__(s): pass',
              '@m.dataclass\nclass A:\n  x: int = m.field(default=1, default_factory=list)',
              '@m.dataclass(frozen=True)\nclass A:\n  x: int\n@m.dataclass\nclass B(A):\n  y: int',
              '@m.dataclass\nclass A:\n  x: int\n@m.dataclass(frozen=True)\nclass B(A):\n  y: int',
              '@m.dataclass\nclass A:\n  x = m.field()',
              '@m.dataclass\nclass A:\n  x: dict = {}',
              '@m.dataclass\nclass A:\n  x: int\n  def __repr__(self): return "custom"\nr = repr(A(1))\nassert r == "custom", r',
              '@m.dataclass\nclass A:\n  x: int\n  def __eq__(s, o): return True\nassert A.__hash__ is None',
              '@m.dataclass\nclass A:\n  x: int\n  __hash__ = object.__hash__\nassert A.__hash__ is object.__hash__']
    for src in errors:
        def ex(m, src=src):
            exec(src, {'m': m})
            return 'ok'
        t.same(src, ex)

    def recursion(m):
        @m.dataclass
        class Node:
            v: int
            nxt: object = None
        n = Node(1)
        n.nxt = n
        return repr(n)
    t.same('recursive repr', recursion)

    def inherit_override(m):
        @m.dataclass
        class A:
            x: int = 1
            y: int = 2

        @m.dataclass
        class B(A):
            x: int = 5
            z: int = 3
        return repr(B()), [f.name for f in m.fields(B)]
    t.same('inherit override', inherit_override)

    t.same('make_dataclass module', lambda m: repr(m.make_dataclass('MD', ['a'])))
