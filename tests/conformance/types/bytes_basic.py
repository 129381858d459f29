b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"x"), bytes())
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b"ABC".lower())
print(b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip(), b.partition(b" "))
print(b"-".join([b"a", b"b"]), b.hex(), b.hex(":"), bytes.fromhex("de ad BE EF"), b.index(b"w"))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b + b"!", b * 2, b"l" in b, 108 in b, b"a" < b"b", b == bytearray(b), b"x" == "x")
print(repr(b"\x00\n\t\\'\x7f\xff"), repr(b"'"), repr(b'"'), repr(b"'\""))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"   ".isspace(), b"Ab".isupper(), b"ab".islower())
print(b"a,b".rsplit(b","), b"abc".center(7, b"*"), b"42".zfill(5), b"ab".ljust(4, b"."), b"x\ty".expandtabs(4))
print(list(b"abc"), b"abc"[0:1], bytes([255]).hex(), b"%d-%s" % (5, b"x"), b"abc".translate(None, b"b"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"") == hash(b""), bytes.maketrans(b"ab", b"xy")[97:99], b"abba".translate(bytes.maketrans(b"ab", b"xy")))
print(b"Hello".removeprefix(b"He"), b"ab\ncd".splitlines(), b"abc".isascii(), b"a".join([b"1", b"2", b"3"]))
