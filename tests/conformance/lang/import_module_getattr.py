import _modgetattr
print(_modgetattr.VERSION, _modgetattr.dyn_ab, _modgetattr.dyn_xyz)
try:
    _modgetattr.other
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(_modgetattr))
from _modgetattr import dyn_q
print(dyn_q)
