a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
x = object()
print(id(x) == id(x), hash(x) == hash(x))
print(hash(1), hash(1.0), hash(True), hash(-1), hash(0), hash(None) == hash(None))
print(hash((1, 2, 3)), hash(frozenset()), hash(()))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(repr(1), repr("a"), repr([1, "a"]), repr(None), repr(1.0), repr(b"x"), repr((1,)), repr({}), repr(set()), repr(...))
print(repr(NotImplemented), repr(range(1, 5)), repr(slice(1)), repr(int), repr(print), repr(len))
class R:
    def __repr__(self): return "R()"
print(repr([R(), R()]), repr({"k": R()}), str(R()))
