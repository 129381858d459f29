vals = [0.0, -0.0, 1.0, 1.5, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4,
        1e-5, 0.0001234, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        100.0, 1e100, 123.456, -1.25e-10, 9007199254740993.0, 0.3, 1.1, 2.675, 1e21, 12345678901234567.0,
        4.35, 0.07, 1234567.0, 1e-7, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("1e-500"))
print([float(repr(v)) == v for v in vals[:-1]])
print(float("  3.5\n"), float("1_000.5"), float("-.5"), float("5."), float("Infinity"), float("-NaN"), float("inF"))
for bad in ["", "1e", "abc", "1..2", "0x10", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
