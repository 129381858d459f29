# memoryview slices with steps: reading, nested, negative, assignment through strided views
m = memoryview(b"abcdefghij")
print(bytes(m[::2]), bytes(m[1::3]), m[::-1].tobytes(), list(m[::2]), m[::-2].tolist(), m[8:2:-3].tobytes())
s = m[::2]
print(len(s), s[1], s[-1], bytes(s[1:4]), bytes(s[::-1]), s.strides, s.shape, s.nbytes, s.contiguous, m.contiguous)
print(bytes(s[::2][::-1]), s[::2][::-1].strides, m[5:5:-1].tobytes(), len(m[::-1][::-1]))
ba = bytearray(b"0123456789")
mb = memoryview(ba)
mb[::3] = b"ABCD"
print(ba)
mb[1::2][1:3] = b"xy"
print(ba)
mb[::-1][0] = ord("Z")
print(ba, mb[::-1][2], mb[::2] == b"A2C6D", mb[::2] == memoryview(b"A2C6D") )
try:
    mb[::2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    s[5]
except IndexError as e:
    print("IndexError", e)
print(s.hex(), bytes(memoryview(s)), s.tolist())
