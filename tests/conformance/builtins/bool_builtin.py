print(bool(0), bool(1), bool(-0.0), bool(0.1), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(set()), bool(None))
print(bool(range(0)), bool(range(1)), bool(0j), bool(b""), bool(bytearray(1)), bool(frozenset()), bool(...))
print(True and "x", False or "y", not True, True & True, True | False, True ^ True, True == 1)
print(int(True) + int(False), str(True).upper(), repr(False), bool("False"), bool.__name__, type(True) is bool)
print(sum(x > 2 for x in range(6)), [b for b in (True, False) if b], sorted([True, False, True]))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
