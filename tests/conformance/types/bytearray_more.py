ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
print(ba, ba.upper(), ba.find(b"o"), ba.split(), ba.startswith(b"HE"))
ba.extend(range(33, 36))
print(ba, len(ba))
ba[-3:] = b""
del ba[5]
print(ba, ba.decode("ascii"))
print(bytearray(b"abc") + b"def", b"xyz" + bytearray(b"!"), type(b"xyz" + bytearray(b"!")).__name__)
print(bytearray(b"a") * 3, bytearray(b"b") == b"b", bytearray(b"abc") < b"abd", bytearray(b"x") in [b"x"])
b2 = bytearray(b"  pad  ")
print(b2.strip(), b2.lstrip(), b2.rstrip(), b2.center(9, b"*"), b2.replace(b" ", b"_"))
b3 = bytearray(4)
for i in range(4):
    b3[i] = i * 60
print(b3, list(b3), b3.hex(), bytes(b3), b3.count(0))
b3 *= 2
print(b3, b3.rfind(b"\x78"), b3.index(180), b3.isalpha())
m = bytearray(b"abc")
m.append(ord("d")); m.insert(0, ord("_"))
print(m, m.pop(), m.pop(0), m, m.reverse(), m)
