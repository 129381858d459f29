vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e16, 1.5e-7, 123456789.123, 0.1 + 0.2, float("inf"), float("-inf"), float("nan"), 2.5, 0.5]
specs = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.2f", " .2f", "010.2f",
         "e", ".0e", ".3E", "g", ".3g", ".10g", "G", "#g", "#.0f", "%", ".1%", ",.2f", "_.3f", ".2", "r" if False else "n", "=+12.3f", "*^12"]
for s in specs:
    print(repr(s), [format(v, s) for v in vals])
print(format(1e22, ","), format(123456.0, ",.1f"), format(-1234.5, "_"))
print(format(0.000001, ""), format(1e-5, ".3"), format(100.0, ".3"), format(123.456, ".2"))
try:
    format(1.0, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.0, "#,x")
except ValueError as e:
    print(type(e).__name__, e)
