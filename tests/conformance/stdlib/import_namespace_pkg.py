# A directory without __init__.py imports as a namespace package (PEP 420),
# as the are-we-fast-yet suite's `som` directory does.
import _nsportion
import _nsportion.mod
from _nsportion.deeper import leaf
from _nsportion.deeper.leaf import LEAF

print(_nsportion.__name__, _nsportion.__file__, _nsportion.__package__)
print([p.rsplit("/", 1)[-1] for p in _nsportion.__path__])
print(_nsportion.mod.VALUE)
print(leaf.LEAF, LEAF)
print(_nsportion.mod.__package__, leaf.__package__)
m = __import__("_nsportion.deeper")
print(m is _nsportion, hasattr(_nsportion, "deeper"))
try:
    import _nsportion.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
