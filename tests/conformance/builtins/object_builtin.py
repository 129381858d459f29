o = object()
print(type(o).__name__, isinstance(o, object), object.__name__, object.__bases__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o != o, object() == object())
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__repr__", "__init__", "__new__", "__str__", "__class__")))
class C: pass
c = C()
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, 1))
print(object.__str__(5), object.__repr__(7) if False else "skip", object.__format__(5, ""))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(1)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(D(1, 2).args)
class E:
    def __init__(self, x): self.x = x
e = E.__new__(E)
print(hasattr(e, "x"))
E.__init__(e, 5)
print(e.x)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotInit:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NotInit())
