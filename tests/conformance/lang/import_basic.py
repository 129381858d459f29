import sys
import _modcount
import _modcount as mc
from _modcount import bump
print(_modcount is mc, "_modcount" in sys.modules)
print(bump(), bump(), mc.counter)
import _modcount
print(_modcount.counter)
print(sys.modules["_modcount"] is mc)
print(mc.__name__, type(mc).__name__)
del sys.modules["_modcount"]
import _modcount as fresh
print(fresh is mc, fresh.counter)
import os.path
import os
print(os.path.basename(mc.__file__))
from _modcount import counter as c0
print(c0)
