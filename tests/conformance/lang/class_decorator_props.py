def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 30), [User("b", 1)])
class Base:
    @property
    def kind(self): return "base"
    @property
    def size(self): return 1
class Derived(Base):
    @property
    def kind(self): return "derived+" + super().kind
    @Base.size.getter
    def size(self): return 2
d = Derived()
print(d.kind, d.size, Base().size)
class Lazy:
    def __init__(self): self._v = None
    @property
    def v(self):
        if self._v is None:
            print("computing")
            self._v = 42
        return self._v
l = Lazy()
print(l.v, l.v)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def count(cls): return cls.instances
class Sub(Counter): pass
Counter(); Counter(); Sub()
print(Counter.count(), Sub.count(), Counter.instances)
