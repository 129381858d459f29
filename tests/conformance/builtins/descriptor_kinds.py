# The kinds of built-in callables, as type() and repr() name them.
print(type(list.append).__name__, type(object.__init__).__name__, type(object.__new__).__name__)
print(type([].append).__name__, type(object().__str__).__name__, type(len).__name__)
print(repr(list.append), repr(object.__init__), repr(len), repr(str.join))
print(repr([].append).split(" at ")[0], repr(object().__str__).split(" at ")[0])
print(list.append.__name__, list.append.__qualname__, object.__init__.__objclass__)
l = []
list.append(l, 3)
list.append.__call__(l, 4)
print(l, len.__call__([1, 2]), (lambda x: x + 1).__call__(1))
import collections.abc as cabc
print(isinstance(len, cabc.Callable), isinstance(list.append, cabc.Callable), isinstance([], cabc.Hashable))
print(list.__hash__, dict.__hash__, set.__hash__, hasattr(list, "__reversed__"), list(dict.__reversed__({1: 2, 3: 4})))
print(sorted(n for n in dir(object) if n not in ("__getstate__", "__reduce__", "__reduce_ex__", "__doc__")))
class C: pass
print(C.__doc__, "__doc__" in C.__dict__, object.__lt__(C(), C()), object.__ne__(C(), 1))
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)(), type(NotImplemented)(), type(...)())
