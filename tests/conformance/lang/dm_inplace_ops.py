class I:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"I({self.v!r})"
    def __iadd__(self, o): self.v = ("iadd", self.v, o); return self
    def __isub__(self, o): self.v = ("isub", self.v, o); return self
    def __imul__(self, o): self.v = ("imul", self.v, o); return self
    def __imatmul__(self, o): self.v = ("imatmul", self.v, o); return self
    def __itruediv__(self, o): self.v = ("itruediv", self.v, o); return self
    def __ifloordiv__(self, o): self.v = ("ifloordiv", self.v, o); return self
    def __imod__(self, o): self.v = ("imod", self.v, o); return self
    def __ipow__(self, o): self.v = ("ipow", self.v, o); return self
    def __ilshift__(self, o): self.v = ("ilshift", self.v, o); return self
    def __irshift__(self, o): self.v = ("irshift", self.v, o); return self
    def __iand__(self, o): self.v = ("iand", self.v, o); return self
    def __ixor__(self, o): self.v = ("ixor", self.v, o); return self
    def __ior__(self, o): self.v = ("ior", self.v, o); return self

x = I(0)
x += 1; x -= 2; x *= 3; x @= 4; x /= 5; x //= 6; x %= 7
x **= 8; x <<= 9; x >>= 10; x &= 11; x ^= 12; x |= 13
print(x)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
y = OnlyAdd(1)
z = y
y += 5
print(y.v, z.v, y is z)

l = [1]; m = l
l += [2]
print(l, m, l is m)
t = (1,); u = t
t += (2,)
print(t, u)
class NoneIadd:
    def __iadd__(self, o): return None
n = NoneIadd()
n += 1
print(n)
