vals = ["0", "1", "-1", "3.14", "1e10", "1E-10", "  2.5  ", "inf", "-Infinity", "nan", "1_0.5", ".5", "5.", "0x1p3" , "1e309", "-1e-400", "00012.50"]
for v in vals:
    try:
        print(repr(v), repr(float(v)))
    except ValueError as e:
        print(repr(v), "ValueError:", e)
print(str(0.1), str(1/3), str(2.0 ** 70), str(123456789.0 * 10 ** 10), str(1.0e-4 * 3))
print([str(2.0 ** e) for e in range(48, 56)])
print([repr(10.0 ** e) for e in range(14, 18)], [repr(10.0 ** -e) for e in range(3, 7)])
print(float(10**16), float(10**15 + 1), float(2**53 + 1), float(-(2**63)), 1e23 == 10**23)
