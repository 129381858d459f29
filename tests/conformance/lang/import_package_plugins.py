import _pkg2
e = _pkg2.Engine()
print(e.run())
from _pkg2.plugins import registry
for name in sorted(registry):
    print(name, registry[name]())
import _pkg2.plugins.alpha as alpha_mod
print(alpha_mod.__name__, alpha_mod.__package__, alpha_mod.run is registry["alpha"])
import sys
print(sorted(m for m in sys.modules if m.startswith("_pkg2")))
from _pkg2 import *
print(Engine is _pkg2.core.Engine)
