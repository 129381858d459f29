class A:
    __slots__ = ("x",)
a = A()
try:
    a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
class P:
    @property
    def ro(self): return 1
try:
    P().ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del P().ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper = None
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
f.custom = 1
print(f.custom)
try:
    del f.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class B: pass
try:
    B.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    B().missing
except AttributeError as e:
    print(type(e).__name__, e)
import math
try:
    math.missing
except AttributeError as e:
    print(type(e).__name__, e)
