print(7 + 3, 7 - 10, 7 * -3, 7 / 2, 7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(0, -1))
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0, pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(-5 & 0xff, -5 | 2, -5 ^ 1)
print(abs(-9), -(-9), +9)
print(10 / 4, 10 / 5, -1 / 3, 2 ** 0.5)
ops = [("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b)]
for a, b in [(1, 0), (0, 0)]:
    for name, op in ops:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(name, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(3 == 3.0, 1 < 1.5, 2 ** 63, -2 ** 63, 2 ** 62 + 2 ** 62)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387904 * 2)
print(4611686018427387903 + 1, -4611686018427387904 - 1, (2**62) * (2**62))
