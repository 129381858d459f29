from dataclasses import dataclass, field, fields, asdict, is_dataclass, InitVar
@dataclass
class Config:
    name: str
    retries: int = 3
    tags: list = field(default_factory=lambda: ["default"])
    secret: str = field(default="hidden", repr=False, compare=False)
c1 = Config("a")
c2 = Config("a", secret="other")
print(c1, c1 == c2, is_dataclass(c1), is_dataclass(Config), is_dataclass(5))
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Config)])
@dataclass
class Nested:
    cfg: Config
    items: dict = field(default_factory=dict)
n = Nested(Config("b", 1), {"k": [1, 2]})
print(asdict(n))
@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 0
f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), {f, Frozen(1), Frozen(2)} == {Frozen(1), Frozen(2)})
@dataclass
class WithInitVar:
    base: int
    factor: InitVar[int] = 2
    result: int = field(init=False, default=0)
    def __post_init__(self, factor):
        self.result = self.base * factor
print(WithInitVar(5), WithInitVar(5, 10).result)
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
print(sorted([Task(3, "c"), Task(1, "a"), Task(2, "b")]), Task(1, "x") == Task(1, "y"))
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1)
print(s, hasattr(s, "__dict__"))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 0
print(KW(a=1, b=2))
try:
    KW(1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Mutable:
    v: list = field(default_factory=list)
try:
    @dataclass
    class Bad:
        v: list = []
except ValueError as e:
    print(type(e).__name__, e)
