for s in ["", "10", "<10", ">10", "^10", "*^10", ".2", "10.3", "-^9", "=>6", "s"]:
    print(repr(s), repr(format("hello", s)), repr(format("", s)), repr(format("ü", s)))
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
print("{:10}|{:<10}|".format("a", 1))
print(format([1, 2], ""), format(None, ""))
try:
    format([1], "5")
except TypeError as e:
    print(type(e).__name__, e)
