from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
class K:
    LIMIT = 10
def m(v):
    match v:
        case Color.RED:
            return "red"
        case K.LIMIT:
            return "limit"
        case Color():
            return "another color"
        case _:
            return "nope"
for v in [Color.RED, Color.GREEN, 10, 11]:
    print(m(v))
def cmd(s):
    match s.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["go", _]:
            return "bad dir"
        case ["take", *items] if items:
            return "take " + ",".join(items)
        case _:
            return "?"
for s in ["go north", "go up", "take a b", "take", ""]:
    print(repr(s), cmd(s))
