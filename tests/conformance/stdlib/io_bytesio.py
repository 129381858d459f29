import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytes([0, 255]))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.read())
r = io.BytesIO(b"line1\nline2\n")
print(r.readline(), r.readlines())
r.seek(0)
print(list(r))
print(io.BytesIO(b"xyz").getbuffer().tobytes() if hasattr(io.BytesIO, "getbuffer") else b"xyz")
w = io.BytesIO(b"0123456789")
w.seek(3); w.write(b"AB"); print(w.getvalue())
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(type(e).__name__, e)
