from typing import (Any, Callable, Dict, List, Optional, Tuple, Union, Iterable, Iterator, Sequence,
                    Mapping, Set, FrozenSet, TypeVar, Generic, NamedTuple, Protocol, ClassVar, Final,
                    Literal, TypedDict, cast, overload, TYPE_CHECKING, NoReturn, Type, Generator)
import typing
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box(3).get(), Box[int](4).get())
def f(x: Optional[int] = None, y: Union[int, str] = 0) -> List[int]:
    return [x or 0]
print(f(), f(5), cast(int, "not checked"), TYPE_CHECKING)
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("a"), Emp("b", 5).id, Emp._fields)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, type(m).__name__)
class HasLen(Protocol):
    def __len__(self) -> int: ...
def size(x: HasLen) -> int:
    return len(x)
print(size([1, 2]))
print(typing.get_type_hints(f) == {"x": Optional[int], "y": Union[int, str], "return": List[int]})
print(Optional[int] == Union[int, None], List[int] == list[int] or True)
