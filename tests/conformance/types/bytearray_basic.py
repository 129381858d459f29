ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[-2:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 106)
ba.remove(69)
print(ba, ba.find(b"l"), ba.count(b"l"), ba.index(b"o"))
ba.reverse()
print(ba, bytes(ba), ba.upper(), ba.decode())
ba2 = bytearray(3)
print(ba2, bytearray(range(3)), bytearray("é", "utf-8"), bytearray.fromhex("ff00"))
ba2 += b"xy"
print(ba2, ba2 * 2, ba2 == b"\x00\x00\x00xy")
ba2.clear()
print(ba2, len(ba2))
c = bytearray(b"abc")
d = c.copy()
d[0] = 122
print(c, d)
try:
    c[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    c.remove(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    {c: 1}
except TypeError as e:
    print(type(e).__name__, e)
c[::2] = b"XY"
print(c, c.hex(), c.split(b"b"), c.replace(b"X", b"--"), list(c))
