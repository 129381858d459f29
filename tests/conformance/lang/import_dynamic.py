import importlib
import sys
name = "_mod" + "count"
m = importlib.import_module(name)
print(m.__name__, m.bump())
m2 = __import__(name)
print(m2 is m)
sub = importlib.import_module("_pkg.sub.leaf")
print(sub.leaf_fn())
top = __import__("_pkg.sub.leaf")
print(top.__name__)
leaf = __import__("_pkg.sub.leaf", fromlist=["leaf_fn"])
print(leaf.__name__)
rel = importlib.import_module(".util", "_pkg")
print(rel.SECRET)
try:
    importlib.import_module("_no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
