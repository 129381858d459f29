from _pkg.util import *
print(helper(4), SECRET)
import _pkg.util as u
print(sorted(n for n in dir(u) if not n.startswith("__")))
