x = "global"
class A:
    x = "class"
    y = x
    def f(self): return x
    z = [x for _ in range(1)]
    lam = lambda self: x
print(A.y, A().f(), A.z, A().lam())
class B:
    items = [1, 2, 3]
    total = sum(items)
    doubled = list(map(lambda v: v * 2, items))
print(B.total, B.doubled)
def make():
    v = "enclosing"
    class C:
        v = "class"
        w = v
        def get(self): return v
    return C
C = make()
print(C.w, C().get())
class D:
    name = "D"
    def who(self): return self.name, type(self).name
class E(D):
    name = "E"
print(E().who(), D().who())
