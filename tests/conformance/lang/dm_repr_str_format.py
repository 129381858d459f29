class Money:
    def __init__(self, c): self.c = c
    def __repr__(self): return f"Money({self.c})"
    def __str__(self): return f"${self.c / 100:.2f}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.c}c"
        return format(str(self), spec)
m = Money(1234)
print(m)
print(repr(m))
print(str(m), f"{m}", f"{m!r}", f"{m!s}", f"{m:cents}", f"[{m:>10}]")
print("{} {!r} {:cents}".format(m, m, m))
print([m], (m,), {1: m})
print(format(m, "<9") + "|")
class OnlyRepr:
    def __repr__(self): return "OR"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
