# open(): encoding and errors (reading and writing, UTF-16 BOM), newline translation, w+/r+ (a write after a read goes where the read-ahead left the file)
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "x.txt")
with open(p, "w", encoding="latin-1") as f:
    f.write("café\n")
print(open(p, "rb").read())
print(repr(open(p, encoding="latin-1").read()))
with open(p, "w", encoding="utf-16") as f:
    f.write("hi")
print(open(p, "rb").read())
print(repr(open(p, encoding="utf-16").read()))
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(p, "rb").read(), repr(open(p, newline="").read()), repr(open(p).read()))
with open(p, "w+") as f:
    f.write("abc\ndef\n"); f.seek(0); print(repr(f.read()))
with open(p, "r+") as f:
    print(f.readline(), end=""); f.write("XYZ\n")
print(repr(open(p).read()))
with open(p, "wb") as f:
    f.write(b"caf\xe9")
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(repr(open(p, errors="replace").read()), repr(open(p, errors="ignore").read()))
# lines by newline mode
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        print(repr(nl), [line for line in f])
with open(p, "w", newline="\r") as f:
    f.write("x\ny\n")
print(open(p, "rb").read())
with open(p, "a+") as f:
    f.write("tail\n"); f.seek(0); print(repr(f.read()))
with open(p, "w+") as f:
    f.write("0123456789"); f.seek(3); f.write("ab"); f.truncate(8); f.seek(0); print(repr(f.read()), f.tell())
try:
    open(p, newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
