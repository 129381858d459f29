class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither: pass
print(bool(L(0)), bool(L(3)), bool(B(True)), bool(B(False)), bool(Both()), bool(Neither()))
print("yes" if L(2) else "no", not L(0))
x = L(0) or "alt"
print(x)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
for v in [0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), range(0), None, 1, "0", [0], 1e-300]:
    print(repr(v), bool(v))
