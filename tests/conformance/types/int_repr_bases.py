for v in [0, 7, -7, 255, 4096, 2**32 - 1, -(2**40), 10**18]:
    print(v, repr(v), str(v), bin(v), oct(v), hex(v), format(v, "x"), format(v, "#X"), f"{v:_b}"[:20])
print(int("7fffffff", 16), int("-0b1010", 0), int("0o777", 8), int("ZZ", 36), int("1" * 30, 2))
print(0b1010, 0o17, 0xFF, 1_000, 0x_ff, 0b_1_0)
