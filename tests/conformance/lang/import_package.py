import _pkg
print(_pkg.VERSION, _pkg.helper(5))
import _pkg.sub.leaf
print(_pkg.sub.leaf.leaf_fn(), _pkg.sub.leaf.NAME, _pkg.sub.leaf.pkg_name)
import _pkg.sub.leaf as lf
print(lf is _pkg.sub.leaf)
from _pkg.sub import parent_util, leaf_fn
print(parent_util.SECRET, leaf_fn())
from _pkg import util
print(util.helper("ab"))
print(_pkg.__name__, _pkg.sub.__name__, _pkg.sub.__package__, util.__package__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(hasattr(_pkg, "__path__"), hasattr(util, "__path__"))
