class A:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def add(self, n): return self.v + n
a = A(10)
m = a.get
print(m(), m.__self__ is a, m.__func__ is A.get, m.__name__, type(m).__name__)
print(A.get(a), A.add(a, 5), a.add(1))
b = A(20)
print(a.get == A(10).get, a.get == a.get, a.get is a.get)
methods = [x.get for x in [a, b]]
print([mm() for mm in methods])
unbound = A.add
print(type(unbound).__name__, unbound(b, 1))
a.get = lambda: "instance attr"
print(a.get(), A.get(a))
print([].append.__name__, (1).__add__(2), "x".upper.__self__)
f = [3, 1, 2].sort
print(f(), f.__self__)
try:
    A.get()
except TypeError as e:
    print(type(e).__name__, e)
