from enum import Enum, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED)
print(repr(Color.GREEN))
print(Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'])
print(list(Color))
print(len(Color))
print(Color.RED is Color(1), Color.RED == 1)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PINK']
except KeyError as e:
    print(type(e).__name__, e)

class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.MID, repr(Prio.HIGH), Prio.LOW.value)
print(Prio.HIGH > Prio.LOW, Prio.MID + 1, Prio.MID == 2)
print(sorted([Prio.HIGH, Prio.LOW, Prio.MID]))
print([p.name for p in Prio])
class Shape(Enum):
    SQ = 1
    SQUARE = 1
    CIRC = 2
print(Shape.SQUARE, list(Shape), Shape.SQUARE is Shape.SQ)
print(list(Shape.__members__))
