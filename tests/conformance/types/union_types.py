# PEP 604 unions of classes: int | None in annotations, isinstance/issubclass, reprs,
# equality, deduplication; isinstance's and issubclass's arg-2 messages.
import types


def f(x: int | None = None) -> list | None:
    return x


print(f(3), f.__annotations__)
u = int | str
print(u, type(u), type(u).__name__, u.__args__, isinstance(u, types.UnionType))
print(isinstance(1, u), isinstance("s", u), isinstance(1.5, u), issubclass(bool, int | None))
print(int | None, None | int, int | int, int | str | int, (int | str) | (bytes | int))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == int)
print(types.UnionType, int | types.ModuleType)
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
try:
    issubclass(int, 5)
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
