class A:
    def who(self):
        return __class__.__name__
    def cls(self):
        return self.__class__.__name__
class B(A): pass
b = B()
print(b.who(), b.cls())
print(b.__class__ is B)
b.__class__ = A
print(b.cls(), type(b).__name__)
print((1).__class__.__name__, [].__class__.__name__)
