b = b"abcabc"
print(b.rindex(b"b"), b.rindex(b"c", 0, 4), b.rfind(b"z"), b.removesuffix(b"bc"), b.removeprefix(b"ab"))
try:
    b.rindex(b"z")
except ValueError as e:
    print(type(e).__name__, e)
print(b.count(b"abc"), b.count(97), b.find(b"c", 3), b.index(98, 2), b.endswith((b"x", b"bc")))
print(b"Hello World".swapcase(), b"hello world".title(), b"HELLO".lower(), b"a1".isalnum(), b"12".isdecimal() if hasattr(b"", "isdecimal") else "no isdecimal")
print(b"  x  ".lstrip(), b"xxhixx".strip(b"x"), b"a\tb".expandtabs(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(bytes.fromhex(""), b"".hex(), b"\x00".hex(), bytes(2) + b"\x01", b"ab".join([b"1", b"2", b"3"]))
