class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def f(self): return "B.f/" + super().f()
    @classmethod
    def c(cls): return "B.c/" + super().c()
class C(B):
    def f(self):
        return "C.f/" + super(B, self).f()
    def g(self):
        return super(C, self).f()

print(B().f())
print(C().f())
print(C().g())
print(B.c())
print(C.c())
s = super(C, C())
print(s.f())

class D(A):
    def f(self):
        def inner():
            return 42
        return inner(), super().f()
print(D().f())

class E(A):
    def f(self):
        return [super().f() for _ in range(2)]
try:
    print(E().f())
except Exception as e:
    print(type(e).__name__, e)
