vals = [0, 1, -1, 42, -42, 255, 65535, 10**12, -(10**15)]
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "=7d", "+d", " d", "-d", "05d", "x", "#x", "X", "#X",
         "o", "#o", "b", "#b", ",", "_", "_b", "_x", ",d", "+08,d", "*>8", "#010x", "e", ".2f", "%", "n", "g"]
for s in specs:
    print(repr(s), [format(v, s) for v in vals])
print(format(65, "c"), format(0x1F600, "c") == "\U0001F600")
try:
    format(1, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, ",b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(-1, "c")
except OverflowError as e:
    print(type(e).__name__, e)
print(format(True, "d"), format(True, ""), format(True, "5"), format(False, "x"))
