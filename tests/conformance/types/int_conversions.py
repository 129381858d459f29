for s in ["0", "-0", "+5", "007", "1_000_000", "  12\n", "0x1F", "0o17", "0b101", "١٢٣"]:
    for base in (10, 0, 16):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
print(int("Z", 36), int("zz", 36), int("10", 2), int("777", 8), int("-ff", 16))
print(str(0), str(-0), str(10**25), repr(-12), str(+7))
print(int(1e15), int(1.9999), int(-1e-9), int(2.5e20))
print((12345).__str__(), (0).__repr__(), format(-5), (-5).__abs__())
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(3, "little"), (0).to_bytes(0, "big"), int.from_bytes(b"", "big"))
print(int("9" * 100) % 1000007, len(str(2 ** 10000)))
