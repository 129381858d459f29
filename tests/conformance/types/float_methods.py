print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.7).conjugate(), (3.7).real, (3.7).imag)
print(float.__name__, float(True), float(10**20), float(-7))
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (float("nan")).as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(int(2.9999999999999996), int(1e18), int(-0.0))
print(3.0 .__trunc__(), (7.9).__floor__(), (7.1).__ceil__(), (-7.5).__round__())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.0)).__name__)
