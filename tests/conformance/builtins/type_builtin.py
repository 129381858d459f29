print(type(1), type("a"), type([]), type(None), type(type), type(len), type(lambda: 0))
class A: pass
print(type(A()), type(A), A, int, str)
print(type(1) is int, type(True) == bool, type(A()) is A)
print(repr(type), repr(object), repr(None.__class__))
def f(): pass
print(type(f).__name__, type(print).__name__, type([].append).__name__, type(A.__init__).__name__)
print(type(iter([])).__name__, type(range(1)).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(1.5).__mro__, type(True).__mro__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
