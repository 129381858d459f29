class C:
    x = 1
    def __init__(self): self.y = 2
c = C()
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", None), getattr(C, "x"))
setattr(c, "z", 3)
print(c.z, hasattr(c, "z"), hasattr(c, "nope"), hasattr(C, "y"))
delattr(c, "z")
print(hasattr(c, "z"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(C, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr([], "append").__name__, getattr(5, "real"))
class Raises:
    @property
    def bad(self): raise ValueError("prop failed")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(vars(c)), vars(c) is c.__dict__)
