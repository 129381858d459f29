# io.StringIO and io.BytesIO: reading, writing, seeking, truncating, iteration, errors.
import io

s = io.StringIO("line one\nline two\nthree")
print(repr(s.readline()), repr(s.read(4)), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print([l for l in s])
s = io.StringIO()
for i in range(5):
    s.write("x%d\n" % i)
print(repr(s.getvalue()), s.tell())
s.seek(3)
print(s.write("YY"), repr(s.getvalue()))
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
s.writelines(["a", "b"])
print(repr(s.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for bad in [lambda: c.read(), lambda: c.getvalue(), lambda: io.StringIO(5),
            lambda: io.StringIO().write(b"x"), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO("ab").seek(1, 1), lambda: io.StringIO().seek(0, 5)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(io.StringIO("a\nb\n").readlines(1))
print(repr(io.StringIO("abc").readline(2)))

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.readlines(), b.read())
b.seek(-3, 2)
print(b.read(), b.tell())
b.write(b"!!")
print(b.getvalue())
b.seek(20)
b.write(b"z")
print(b.getvalue(), len(b.getvalue()))
b.seek(2)
b.truncate()
print(b.getvalue(), b.tell())
out = io.BytesIO()
for i in range(100):
    out.write(bytes([i % 256]))
print(len(out.getvalue()), out.getvalue()[:5])
for bad in [lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO("s")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))


class Sub(io.StringIO):
    pass


sub = Sub("x")
print(sub.read(), isinstance(sub, io.StringIO), io.StringIO, io.BytesIO, io.UnsupportedOperation)
print("to a StringIO", file=sub)
print(repr(sub.getvalue()))
