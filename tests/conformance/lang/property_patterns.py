class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self): return self.w * self.h
    @property
    def w(self): return self._w
    @w.setter
    def w(self, v):
        if v < 0: raise ValueError("negative width")
        self._w = v
r = Rect(2, 3)
print(r.area, r.w)
r.w = 5
print(r.area)
try:
    r.w = -1
except ValueError as e:
    print(e)
try:
    Rect(-1, 1)
except ValueError as e:
    print("init:", e)
def typed(name, kind):
    attr = "_" + name
    def getter(self): return getattr(self, attr)
    def setter(self, v):
        if not isinstance(v, kind):
            raise TypeError(f"{name} must be {kind.__name__}")
        setattr(self, attr, v)
    return property(getter, setter)
class Person:
    name = typed("name", str)
    age = typed("age", int)
    def __init__(self, n, a): self.name, self.age = n, a
p = Person("ann", 3)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(type(Person.__dict__["name"]).__name__, Person.name.fget.__name__)
