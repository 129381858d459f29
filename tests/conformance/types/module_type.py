import math
import sys
print(type(math).__name__, math.__name__, sys.__name__)
print(hasattr(math, "pi"), "sqrt" in dir(math))
this = sys.modules[__name__]
print(this.__name__, type(this).__name__)
x_module_level = 5
print(getattr(this, "x_module_level"))
setattr(this, "dyn", 7)
print(dyn)
print(math.__dict__["pi"] == math.pi, sys.modules["math"] is math)
import types as _t
m = _t.ModuleType("made")
m.value = 3
print(m.__name__, m.value)
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
