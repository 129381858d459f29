import io
s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print("printed", 1, file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
r = io.StringIO("a\nb\nc")
print(r.readlines(), r.read() == "")
r.seek(0)
print([line.strip() for line in r])
t = io.StringIO("initial")
t.seek(0, 2)
t.write("+more")
print(t.getvalue())
t.truncate(3)
print(repr(t.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(type(e).__name__, e)
import sys
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured line")
sys.stdout = old
print("got", repr(buf.getvalue()))
