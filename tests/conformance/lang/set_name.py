class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v

class Model:
    a = Field(1)
    b = Field("x")
m = Model()
print(m.a, m.b)
m.a = 10
print(m.a, Model.a.name, Model.a.owner, Model.b.name)

f = Field(0)
class Late: pass
Late.f = f
print(hasattr(f, 'name'))
T = type("T", (), {"g": Field(5)})
print(T.g.name, T().g)
