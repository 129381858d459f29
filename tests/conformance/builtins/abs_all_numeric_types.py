class Num:
    def __init__(self, v): self.v = v
    def __abs__(self): return Num(abs(self.v))
    def __repr__(self): return f"Num({self.v})"
print(abs(Num(-3)), abs(-3), abs(-3.5), abs(-2 ** 80), abs(True), abs(-0j), abs(3 + 4j), abs(float("-inf")))
print(abs(float("nan")) != abs(float("nan")), type(abs(-1)).__name__, type(abs(-1.0)).__name__, type(abs(1j)).__name__)
try:
    abs([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
