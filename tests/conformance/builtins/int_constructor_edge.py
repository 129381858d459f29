print(int("0"), int("-0"), int("+0"), int("0000"), int("0", 0), int("00", 0), int("0_0", 0))
for s, b in [("10", 2), ("10", 8), ("10", 16), ("10", 36), ("zz", 36), ("0x10", 0), ("0X10", 16), ("-0b11", 0), (" 1 ", 10), ("1\n", 10)]:
    print(repr(s), b, int(s, b))
for s, b in [("2", 2), ("08", 0), ("0b", 0), ("", 10), ("+", 10), ("1 1", 10), ("0x", 16), ("1e5", 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b"-7")), int("١٢٣"), int("  \t42\n "))
class WithIndex:
    def __index__(self): return 9
class WithInt:
    def __int__(self): return 8
print(int(WithIndex()), int(WithInt()), int("12", base=WithIndex()) if False else "skip")
