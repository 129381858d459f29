print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 3.0 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), 2.0 ** 0.5, 2.0 ** -1, (-8.0) ** (1 / 3) == (-8.0) ** (1 / 3))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5, -1), round(1e300, 2))
print(round(5.0), type(round(5.0)).__name__, type(round(5.0, 0)).__name__, round(-0.4))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float("inf"); nan = float("nan")
print(inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < 0, inf == inf)
print(min(1.0, nan), max(nan, 1.0))
ops = [("1.0 / 0", lambda: 1.0 / 0), ("1.0 // 0.0", lambda: 1.0 // 0.0), ("1.0 % 0.0", lambda: 1.0 % 0.0), ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0))]
for name, op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print(name, type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(abs(-0.0), -0.0 == 0.0, 0.0 * -1)
print(1 + 2.0, 2 * 1.5, 10 / 4.0, 3 ** 2.0, 2 ** -2)
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
