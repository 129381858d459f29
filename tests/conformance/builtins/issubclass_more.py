class A: pass
class B(A): pass
class C(B): pass
class D: pass
print(issubclass(C, A), issubclass(C, (D, B)), issubclass(A, C), issubclass(D, object), issubclass(C, C))
print(issubclass(bool, (int,)), issubclass(type, object), issubclass(object, type), issubclass(int, (float, complex)))
print([k.__name__ for k in C.__mro__], C.__base__.__name__, [b.__name__ for b in C.__bases__], A.__subclasses__()[0].__name__)
print(isinstance(C(), (D, A)), isinstance(A(), C), type(C()) is C, type(C()) == B)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
try:
    issubclass(C(), A)
except TypeError as e:
    print(type(e).__name__, e)
