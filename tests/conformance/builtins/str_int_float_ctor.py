print(str(), str(5), str(-1.5), str("x"), str([1]), str(b"ab"), str(None), str(True))
print(int(), int(5.9), int("12"), int("-0x1f", 16), int("0b11", 0), int(" 7 "), int(True), int(2**70 + 0.0))
print(float(), float(5), float("1.5"), float(" -2 "), float("1e3"), float("inf"), float(True))
print(bool(), bool(1), bool([]), bool(" "), bool(0.0), bool(None))
print(complex(), complex(1), complex(1, 2))
class S:
    def __str__(self): return "custom str"
print(str(S()), "{}".format(S()), f"{S()}")
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    int("12", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
