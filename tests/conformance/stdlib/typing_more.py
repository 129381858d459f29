from typing import List, Dict, Optional, Union, Callable, Iterator, Any, TypeVar, Generic, overload, NamedTuple, Final, Literal, Tuple, Sequence
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)
def apply(f: Callable[[int], int], xs: Sequence[int]) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda x: x + 1, (1, 2)))
def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
MAX: Final = 10
Mode = Literal["r", "w"]
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([]), first(["a"]), MAX)
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
print(Emp("x"), Emp("y", "ops")._asdict())
print(Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str])
print(T, T.__name__, Any)
