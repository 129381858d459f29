from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__))
print(type(Shape) is ABCMeta)

class Iface(metaclass=ABCMeta):
    pass
Iface.register(int)
print(isinstance(3, Iface), issubclass(int, Iface), isinstance("s", Iface))

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2))
