import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
class Impl(Base):
    def run(self): return "running"
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
i = Impl.make()
print(i.run(), i.name, isinstance(i, Base))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Partial(Base):
    def run(self): return 1
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Partial.__abstractmethods__), Impl.__abstractmethods__)
class Virtual(abc.ABC): pass
Virtual.register(list)
print(isinstance([], Virtual), issubclass(tuple, Virtual), issubclass(list, Virtual))
print(type(Virtual).__name__, abc.ABCMeta.__name__)
