# Binary-mode files (open 'rb'/'wb'/'ab') and memoryview over bytes/bytearray.
import os

name = "_coil_binary_file_test.dat"
with open(name, "wb") as f:
    print(f.write(b"hello\nworld\x00\xff"), f.tell(), f.writable(), f.readable())
    f.write(bytearray(b"!"))
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
print(f.closed)
with open(name, "rb") as f:
    print(f.read(3), f.readline(), f.read(), f.read(), f.readable(), f.writable())
with open(name, "ab") as f:
    f.write(b"more")
f = open(name, "rb")
print(list(f))
f.seek(0)
print(f.read(2), f.tell())
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
try:
    open(name, "rb")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e)

m = memoryview(b"abc")
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes)
print(m[0], m[-1], m[1:].tobytes(), m.tolist(), m == b"abc", b"abc" == m, m.hex(), bytes(m), len(m))
print(type(m).__name__, isinstance(m, memoryview), m[1:] == memoryview(b"bc"), m.obj)
print(hash(m) == hash(b"abc"))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    memoryview("s")
except TypeError as e:
    print(type(e).__name__, e)
b = bytearray(b"xyz")
mv = memoryview(b)
mv[0] = 65
mv[1:3] = b"BC"
print(b, mv.readonly)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
with memoryview(b"q") as w:
    print(w.tobytes())
try:
    w[0]
except ValueError as e:
    print(type(e).__name__, e)
