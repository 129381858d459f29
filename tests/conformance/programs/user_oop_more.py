import abc, functools, operator, weakref, copy
class Registry(type):
    plugins = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.plugins[name.lower()] = cls
        return cls
class Plugin(metaclass=Registry):
    def run(self): return f"{type(self).__name__} ran"
class Alpha(Plugin): pass
class Beta(Plugin):
    def run(self): return super().run().upper()
print(sorted(Registry.plugins), [Registry.plugins[k]().run() for k in sorted(Registry.plugins)])
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag; Base.registry.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A, tag="b"): pass
print(Base.registry, A.tag, B.tag, B.__mro__[1].__name__)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __bool__(self): return bool(self.x or self.y)
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
vs = [Vec(1, 2), Vec(3, 4), Vec(-1, 0.5)]
print(sum(vs), 2 * vs[0], -vs[1], vs[0] == Vec(1, 2), len({Vec(1, 2), Vec(1, 2)}), list(vs[2]), f"{vs[2]:.2f}", bool(Vec(0, 0)))
try:
    vs[0] + 1
except TypeError as e:
    print("TypeError", e)
try:
    vs[0].z = 1
except AttributeError as e:
    print("AttributeError", e)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target); object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name); return getattr(self._t, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name); setattr(self._t, name, value)
p = Proxy(Vec(1, 1)); p.x = 5; print(p.x, p.y, p.log)
class Temp:
    def __init__(self): self._c = 0
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self): print("deleting"); self._c = 0
    @staticmethod
    def scale(): return "C"
    @classmethod
    def make(cls, c): t = cls(); t._c = c; return t
t = Temp.make(100); print(t.f, Temp.scale()); t.f = 32; print(t._c); del t.f
class Stack(abc.ABC):
    @abc.abstractmethod
    def push(self, x): ...
    @classmethod
    def __subclasshook__(cls, C):
        return True if any("push" in B.__dict__ for B in C.__mro__) else NotImplemented
class Duck:
    def push(self, x): pass
print(issubclass(Duck, Stack), isinstance(Duck(), Stack), issubclass(int, Stack))
class Node:
    def __init__(self, name): self.name = name; self.children = []
    def __repr__(self): return f"Node({self.name})"
n = Node("root"); r = weakref.ref(n); print(r() is n, type(r).__name__)
c = copy.deepcopy([n, n]); print(c[0] is c[1], c[0] is n)
@functools.total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s): self.r, self.s = s[0], s[1]
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.RANKS.index(self.r) < self.RANKS.index(o.r)
    def __repr__(self): return self.r + self.s
hand = [Card(x) for x in "KH 2C TD AS 9S".split()]
print(sorted(hand), max(hand), min(hand), Card("KH") >= Card("QS"), sorted(hand, key=operator.attrgetter("s")))
print(type(Alpha), type(type(Alpha)), Alpha.__qualname__, Vec.__slots__, hasattr(Vec(1, 2), "__dict__"), Temp.f.__doc__, isinstance(Temp.__dict__["scale"], staticmethod))
