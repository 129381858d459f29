class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"R({self.v!r})"
    def __radd__(self, o): return R(("radd", o, self.v))
    def __rsub__(self, o): return R(("rsub", o, self.v))
    def __rmul__(self, o): return R(("rmul", o, self.v))
    def __rmatmul__(self, o): return R(("rmatmul", o, self.v))
    def __rtruediv__(self, o): return R(("rtruediv", o, self.v))
    def __rfloordiv__(self, o): return R(("rfloordiv", o, self.v))
    def __rmod__(self, o): return R(("rmod", o, self.v))
    def __rdivmod__(self, o): return R(("rdivmod", o, self.v))
    def __rpow__(self, o): return R(("rpow", o, self.v))
    def __rlshift__(self, o): return R(("rlshift", o, self.v))
    def __rrshift__(self, o): return R(("rrshift", o, self.v))
    def __rand__(self, o): return R(("rand", o, self.v))
    def __rxor__(self, o): return R(("rxor", o, self.v))
    def __ror__(self, o): return R(("ror", o, self.v))

b = R(9)
print(1 + b); print(1 - b); print(1 * b); print(1 @ b); print(1 / b)
print(1 // b); print(1 % b); print(divmod(1, b)); print(1 ** b)
print(1 << b); print(1 >> b); print(1 & b); print(1 ^ b); print(1 | b)
print("s" + b, [1] * b)

class Sub(int):
    def __radd__(self, o): return "Sub.radd wins"
    def __add__(self, o): return "Sub.add"
print(1 + Sub(2), Sub(2) + 1)
class Base:
    def __add__(self, o): return "Base.add"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived())
