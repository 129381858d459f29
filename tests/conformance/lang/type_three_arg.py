def init(self, v):
    self.v = v
Base = type("Base", (), {"kind": "base", "__init__": init})
Child = type("Child", (Base,), {"double": lambda self: self.v * 2})
c = Child(21)
print(c.v, c.double(), c.kind)
print(Child.__name__, [k.__name__ for k in Child.__mro__])
print(type(c) is Child, type(Child) is type)
print(type(1).__name__, type("s").__name__, type(None).__name__)
print(type(type).__name__)
Empty = type("Empty", (), {})
print(Empty.__bases__ == (object,))
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
