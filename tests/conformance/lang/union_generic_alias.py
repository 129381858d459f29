# X | Y union types and list[int]-style generic aliases.
import types

u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__)
print(isinstance(3, u), isinstance("s", u), isinstance(3.0, u))
print(issubclass(bool, u), issubclass(float, u))
print(int | None, None | int, (int | str) | float, int | (str | float))
print(int | int, (int | str) == (str | int), (int | str) == (int | float))
print(hash(int | str) == hash(str | int), isinstance(None, int | None))
print(isinstance(5, (float, int | str)), u is types.UnionType or type(u) is types.UnionType)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 3)
except TypeError as e:
    print("TypeError:", e)

a = list[int]
print(a, type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(a([1, 2]), a == list[int], a != list[str], hash(a) == hash(list[int]))
print(list[int] | None, a.__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)


class MyList(list[int]):
    pass

print(MyList.__mro__[1:], MyList([3]))


def f(xs: list[int], m: dict[str, int] | None = None) -> tuple[int, str]:
    return len(xs), str(m)

print(f.__annotations__)
print(f([1, 2]))
