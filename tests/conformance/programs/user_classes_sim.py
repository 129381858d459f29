"""Class-heavy simulation: bank + shapes + inventory."""
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto, IntEnum, Flag
from abc import ABC, abstractmethod
from functools import total_ordering
import math

class Color(Enum):
    RED = auto(); GREEN = auto(); BLUE = auto()
class Perm(Flag):
    R = 4; W = 2; X = 1
class Pri(IntEnum):
    LOW = 1; HIGH = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"].value, list(Color))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W), Pri.HIGH > Pri.LOW, Pri.HIGH + 1)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.3f})"

class Circle(Shape):
    __slots__ = ("r",)
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    @property
    def square(self): return self.w == self.h

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
shapes = [Circle(1), Rect(2, 3), Rect(2, 2), Circle(0.5)]
print(sorted(shapes, key=lambda s: s.area()))
print([s.square for s in shapes if isinstance(s, Rect)])
try:
    Circle(1).x = 3
except AttributeError as e:
    print("AttributeError:", e)

@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.10"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), len(set(vs)))

@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, compare=False)

a = Item("pen", 1.5, ["office"])
b = replace(a, price=2.0)
print(a, b, a < b, asdict(b), a == Item("pen", 1.5, ["office"], qty=9))

@dataclass(frozen=True)
class Point:
    x: int
    y: int
    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Point(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return math.hypot(self.x, self.y)
p = Point(1, 2) + Point(3, 4)
print(p, 2 * p, p * 3, abs(Point(3, 4)), hash(p) == hash(Point(4, 6)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)

class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner; self._balance = balance
        self.id = Account._next; Account._next += 1
        self.log = []
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError(f"negative balance for {self.owner}")
        self.log.append((self._balance, v)); self._balance = v
    def __enter__(self): print("open", self.id); return self
    def __exit__(self, et, ev, tb):
        print("close", self.id, et.__name__ if et else None); return et is ValueError
    def __iter__(self): yield from self.log
    def __len__(self): return len(self.log)
    def __bool__(self): return self._balance > 0
    def __contains__(self, v): return any(v in pair for pair in self.log)

with Account("bob", 10) as acct:
    acct.balance += 5
    acct.balance -= 20
    print("unreachable")
print(acct.balance, list(acct), len(acct), bool(acct), 15 in acct)

class Savings(Account):
    rate = 0.02
    def accrue(self):
        self.balance = round(self.balance * (1 + self.rate), 2); return self
    def __repr__(self): return f"<{self.__class__.__qualname__} {self.owner}: {self.balance}>"
s = Savings("amy", 100)
for _ in range(3): s.accrue()
print(s, Savings.__mro__[1].__name__, super(Savings, s).__class__.__name__, s.id)

class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
print(m @ m, (m @ m)[1, 0], m == Matrix([[1, 2], [3, 4]]), m != m, m == 3)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(Countdown(5)), sum(Countdown(100)))
