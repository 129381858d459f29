for v in [0, 1, -1, 10, 255, -255, 2**64, -(2**100), True]:
    print(v, bin(v), hex(v), oct(v))
class I:
    def __index__(self): return 42
print(bin(I()), hex(I()), oct(I()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
print(int(bin(12345), 2), int(hex(-999), 16), int(oct(8), 8))
