vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1e-20, 123.456, -123.456, 1e16, 7.0]
for v in vals:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), "%.2f" % v, f"{v:.0f}", format(v, ".3e"))
print(round(0.1 + 0.2, 15), round(1 / 3, 5), round(2 / 3, 16), round(5e-324, 300))
print(round(12345.6789, -2), round(-12345.6789, -3), round(1.23456789e10, -5))
