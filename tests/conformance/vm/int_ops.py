print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** 64, (-2) ** 63, 2 ** -1)
print(1 << 62, 1 << 63, 1 << 100, -1 >> 3, 12345 >> 2)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5, ~-1)
print(abs(-5), abs(-2 ** 70), -(-2 ** 62))
print(int("42"), int("-17"), int("0x1f", 16), int("1_000"), int(" 12 "), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("0b101", 0))
print(bin(10), hex(255), oct(8), bin(-5), hex(-255))
print(10 / 4, 10 / 5, 1 / 3)
print((2 ** 100) // (2 ** 50), (2 ** 100) % 7, -(2 ** 100) // 3)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000000007))
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
print((123).bit_length(), (-1).bit_length(), (0).bit_length())
print(True + True, True * 10, False - 1)
print(hash(-1), hash(10), hash(2 ** 61), hash(2 ** 61 - 1))
for bad in ["12a", "", "1__0", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
