from enum import Enum, IntEnum, Flag, IntFlag, auto
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    @classmethod
    def first(cls):
        return cls.MON
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.first(), Weekday.WED.next(), Weekday.MON.next().name)
print(Weekday.MON < Weekday.TUE if False else "no ordering", Weekday.MON == Weekday.MON, Weekday.MON != 1)
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print(type(e).__name__, e)
try:
    Weekday.MON = 5
except AttributeError as e:
    print(type(e).__name__, e)
print({d: d.value for d in Weekday})
print(Weekday.TUE in Weekday, [m.name for m in Weekday], Weekday["WED"].value)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404), Status.OK + 1, int(Status.OK), Status.OK == 200, f"{Status.OK}", str(Status.OK), repr(Status.OK))
class Color(Flag):
    R = auto()
    G = auto()
    B = auto()
    W = R | G | B
print(Color.R, Color.W, Color.R | Color.B, Color.W & Color.G, Color.R.value, Color.B.value, list(Color))
print(bool(Color.R & Color.G), Color(0), Color(3))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R | 8)
class Animal(Enum):
    DOG = "dog"
    CAT = "cat"
    def __str__(self):
        return self.value.upper()
print(Animal.DOG, repr(Animal.CAT), f"{Animal.DOG}", Animal("cat").name)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print([(m.name, m.value) for m in A])
print(type(Weekday.MON).__name__, type(Weekday).__name__, isinstance(Weekday.MON, Enum), issubclass(Status, int))
