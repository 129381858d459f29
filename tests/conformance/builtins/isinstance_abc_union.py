from collections.abc import Iterable, Mapping, Sequence, Callable, Hashable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance(len, Callable), isinstance([], Hashable))
print(isinstance(1, int | float), isinstance("s", int | float), isinstance(None, type(None) | int))
print(issubclass(bool, int | str), issubclass(list, Sequence), issubclass(dict, Sequence))
print(isinstance(3, (int, str, (float, (list,)))), isinstance([], ()), isinstance(True, (bool,)))
u = int | str
print(u, type(u).__name__, int | None)
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=Meta): pass
class Robot:
    quack = True
print(isinstance(Robot(), Duck), isinstance(1, Duck))
