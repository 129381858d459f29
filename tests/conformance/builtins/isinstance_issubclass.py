print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, float), isinstance(1.0, (int, (float,))))
print(isinstance(None, type(None)), isinstance([], object), isinstance(int, type), isinstance(type, type), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int)), issubclass(int, int), issubclass(object, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == "magic"
    def __subclasscheck__(cls, sub): return sub is str
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("x", M), issubclass(str, M), issubclass(int, M))
print(isinstance(1, int | str), issubclass(bool, int | None))
