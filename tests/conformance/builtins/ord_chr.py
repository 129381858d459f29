print(ord("a"), ord("A"), ord("0"), ord(" "), ord("é"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
print(chr(97), chr(0x20ac), chr(0x1F600), repr(chr(0)), repr(chr(127)), repr(chr(0x10FFFF)))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print("".join(chr(ord(c) ^ 32) for c in "Hello"))
