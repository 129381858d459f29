# bytearray slice assignment/deletion, bytes search arguments, codecs error handlers.
ba = bytearray(b"0123456789")
ba[2:5] = b"ab"
print(ba)
ba[::3] = b"WXY"
print(ba)
del ba[::2]
print(ba)
ba[1:1] = [65, 66]
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
b = b"abcabcabc"
print(b.find(b"c", 3), b.find(b"c", 3, 5), b.find(b"", 9), b.find(b"", 10), b.count(b"", 2, 1))
print(b.rfind(b"ab", 0, 5), b.index(99, 4), b.startswith(b"bc", 1), b.endswith(b"", 10))
print(b.split(b"b", 1), b.rsplit(b"b", 1), b"  a  b  ".split(None, 1), b"  a  b  ".rsplit(None, 1))
print(b.replace(b"", b"-", 3), b.hex(":", 2), b.hex("-", -4), bytes.fromhex(" 01 02  ff"))
print(b"%(k)s=%05.1f %c%c %a" % {b"k": b"v", b"x": 1} if False else b"%s=%05.1f %c%c %a" % (b"v", 2.25, 65, b"B", "\xe9"))
print("h\xe9\u20ac\U0001f600".encode("ascii", "backslashreplace"), "\u20ac".encode("latin-1", "xmlcharrefreplace"))
print(b"a\xff\xfeb".decode("utf-8", "backslashreplace"), b"\xe2\x82".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
for bad in [b"\xe2\x82", b"\xe2(\xa1", b"a\x80"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, e)
try:
    "\u20ac\u20ac!".encode("ascii")
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, e)
print("x".encode("utf-16-le"), "\U0001f600".encode("utf-16-be").decode("utf-16-be") == "\U0001f600", b"\xfe\xff\x00a".decode("utf-16"))
print(float.fromhex("0x1.fffffffffffff8p+1023") if False else float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("0x0.0000000000001p-1022"), float.fromhex("-0X1.8P-1"), float.fromhex("inf"))
print((5e-324).hex(), (1.5).hex(), (-0.1).hex(), pow(3, -1, 7), pow(-2, -3, 11), pow(5, -1, -7))
print(format(1+2j, "10.2f"), format(-1.5j, "+"), format(2-3j, "<12g"), (1+1j) ** 10, (2j) ** -2, complex("-1e-3+2.5J"))
print(round(123456.789, -2), round(-2.5e10, -10), round(0.5, 0), round(5e-324, -3))
