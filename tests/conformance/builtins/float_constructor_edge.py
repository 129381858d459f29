for s in ["1", "1.", ".1", "1e5", "1E+05", "-1.5e-3", "+2", "  7  ", "1_000.000_1", "infinity", "-iNF", "nAn", "+nan"]:
    print(repr(s), float(s))
for s in ["", ".", "e5", "1e", "1.2.3", "--1", "1_", "_1", "in", "0x10", "1,5"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(b"1.5"), float(10 ** 308), float(-(10 ** 308)), float(True), float(0))
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(float(F()), float(I()))
