vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 1.5e-5, 1e-4, 123456789.123, 1 / 3, 2 / 3,
        1e22, 1e-7, 3.141592653589793, 100.0, 1e100, 5e-324, 1.7976931348623157e308, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1e3"), float("  -2.5 "), float("1_0.5"))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2)
print(int(1e20), round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(1.0 == 1, hash(1.0) == hash(1), hash(0.5), hash(-1.0))
print(float(10 ** 20), 1e300 * 10, -1e300 * 10)
print((0.1).is_integer(), (2.0).is_integer())
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
