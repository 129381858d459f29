class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged.__init__", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person.__init__")
        super().__init__(**kw)
p = Person(name="ann", age=30, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class LoggingMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items())) + "}"
class Model(LoggingMixin, JsonMixin):
    def __init__(self, **kw):
        self.__dict__.update(kw)
m = Model(b=2, a="x")
print(m.log("saved"), m.to_json())
