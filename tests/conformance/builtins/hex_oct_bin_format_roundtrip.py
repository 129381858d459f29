for v in [0, 1, 15, 16, 255, 256, 65535, -1, -16, 2 ** 100 + 7]:
    h, o, b = hex(v), oct(v), bin(v)
    print(v, h, o, b, int(h, 16) == v, int(o, 8) == v, int(b, 2) == v, int(h, 0) == v)
print(format(255, "x"), format(255, "#x"), format(255, "08b"), format(-255, "#o"), f"{255:#_b}")
print(hex(0x7fffffffffffffff), hex(-0x8000000000000000), oct(0o777777777777777777777))
