"""dataclasses + typing runtime protocols."""
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from typing import Protocol, runtime_checkable, List, Dict, Optional, ClassVar, NamedTuple, TypedDict, Any, Union
import typing
import time


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    total: int = field(init=False, repr=False)
    scale: InitVar[int] = 1
    registry: ClassVar[list] = []

    def __post_init__(self, scale):
        self.total = sum(self.counts.values()) * scale
        Inventory.registry.append(self.name)


@dataclass
class Nested:
    inv: Inventory
    points: list
    opt: Optional[Point] = None


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: str


@dataclass
class Base:
    x: int = 1


@dataclass
class Derived(Base):
    y: int = 2
    x: int = 5


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 3


@dataclass(kw_only=True)
class KwOnly:
    a: int
    b: int = 0


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class HasArea(Protocol):
    area: float

    def describe(self) -> str: ...


class File:
    def close(self):
        return 'closed'


class Square:
    def __init__(self, s):
        self.area = s * s

    def describe(self):
        return f'square {self.area}'


class NotProto:
    pass


class Emp(NamedTuple):
    name: str
    id: int = 3


class Movie(TypedDict):
    title: str
    year: int


def main():
    t0 = time.perf_counter()
    vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, 'beta'), Version(1, 2, 3, 'rc')]
    print(sorted(vs))
    print(vs[0] == vs[3], vs[0] < vs[1], max(vs), Version(2) > Version(1, 99))
    p = Point(3, 4)
    print(p, p.dist(), hash(p) == hash(Point(3.0, 4.0)))
    try:
        p.x = 10
    except dataclasses.FrozenInstanceError as e:
        print('FrozenInstanceError', e)
    inv = Inventory('shop', ['a', 'b'], {'a': 2, 'b': 3}, scale=10)
    print(inv, inv.total, Inventory.registry)
    inv2 = Inventory('empty')
    print(inv2, inv2.items is not inv.items)
    n = Nested(inv, [p, Point(1)], Point(0, 1))
    print(asdict(n))
    print(astuple(p), astuple(n)[1])
    print(replace(p, y=10), replace(vs[0], label='new'))
    print([f.name for f in fields(Inventory)], [f.type for f in fields(Point)])
    print(fields(Version)[3].compare, dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))
    print(NoEq(1) == NoEq(1), hash(Hashable(1, 'x')) == hash(Hashable(1, 'x')))
    print(Derived(), Derived(1, 2), [f.name for f in fields(Derived)])
    s = Slotted(1)
    print(s, Slotted.__slots__, hasattr(s, '__dict__'))
    print(KwOnly(a=1), end=' ')
    try:
        KwOnly(1)
    except TypeError as e:
        print('TypeError', e)
    try:
        Version()
    except TypeError as e:
        print('TypeError', e)
    try:
        @dataclass
        class Bad:
            a: int = 0
            b: int
    except TypeError as e:
        print('TypeError', e)
    try:
        @dataclass
        class BadDefault:
            a: list = []
    except ValueError as e:
        print('ValueError', e)
    C = dataclasses.make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'sum': lambda self: self.x + self.y})
    print(C(1), C(1).sum(), C.__name__)
    print(repr(field(default=1))[:6], type(dataclasses.MISSING).__name__)
    print(isinstance(File(), SupportsClose), isinstance(NotProto(), SupportsClose), isinstance(Square(2), HasArea), isinstance(File(), HasArea))
    print(issubclass(File, SupportsClose))
    try:
        issubclass(Square, HasArea)
    except TypeError as e:
        print('TypeError', e)
    e = Emp('guido')
    print(e, e._asdict(), Emp._fields, Emp.__annotations__, e._replace(id=7))
    m: Movie = {'title': 'x', 'year': 1}
    print(m, Movie.__annotations__, Movie.__total__)
    print(typing.get_type_hints(Point), typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
    print(Optional[int], Union[int, str], List[int], typing.Callable[[int], str])
    print(typing.get_args(Optional[int]), Optional[int] == Union[int, None])
    T = typing.TypeVar('T')

    class Box(typing.Generic[T]):
        def __init__(self, v: T):
            self.v = v
    print(Box[int](3).v, Box.__parameters__, T)
    print(typing.cast(int, 'x'), typing.TYPE_CHECKING)

    @typing.overload
    def f(x: int) -> int: ...
    @typing.overload
    def f(x: str) -> str: ...
    def f(x):
        return x
    print(f(2))
    assert time.perf_counter() >= t0


if __name__ == "__main__":
    main()
