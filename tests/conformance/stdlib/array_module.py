import array
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], a.typecode, a.itemsize)
print(a.tolist(), sum(a), a.index(3), a.count(1))
a.reverse(); print(a)
a.insert(0, 100); print(a.pop(), a.pop(0), a)
d = array.array("d", [1.5, 2.5])
print(d, d * 2, d + array.array("d", [0.0]))
b = array.array("B", b"hi")
print(b, b.tobytes(), array.array("b", [-1, 1]))
try:
    array.array("B", [256])
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a.append(1.5)
except TypeError as e:
    print(type(e).__name__, e)
u = array.array("u", "hey")
print(u, u.tounicode())
l = array.array("q", range(5))
l[1:3] = array.array("q", [9, 9, 9])
print(l, array.array("i") == array.array("i", []))
x = array.array("h")
x.frombytes(b"\x01\x00\x02\x00")
print(x, x.tolist())
