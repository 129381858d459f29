class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented
    def __lt__(self, o):
        print("A.lt")
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("B.eq")
        return self.v == getattr(o, 'v', None)
    def __gt__(self, o):
        print("B.gt")
        return self.v > o.v
print(A(1) == B(1))
print(A(1) < B(0))
print(A(1) != B(2))
print(A(1) == A(1))
x = A(1)
print(x == x, x != x)
try:
    A(1) < A(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1) >= 3
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __ne__(self, o): return "custom ne"
print(C() != C())
class D:
    def __eq__(self, o): return "truthy"
print(D() != D())
