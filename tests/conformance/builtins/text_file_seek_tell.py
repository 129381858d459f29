# text files: tell/seek (absolute, end, current), append mode starts at the end, seekable
import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "f.txt")
with open(p, "w") as f:
    f.write("hello\nworld\n"); print(f.tell()); f.seek(0); f.write("J"); print(f.tell())
with open(p, "a") as f:
    print(f.tell()); f.write("more\n"); f.seek(0, 2); print(f.tell())
with open(p) as f:
    print(f.readline(), f.tell()); f.seek(0); print(f.read(3)); print(f.seek(0, 2)); print(repr(f.read()))
with open(p, "rb") as f:
    f.seek(-5, 2); print(f.read(), f.tell())
import io
with open(p) as f:
    for bad in ((1, 1), (-1, 2), (-3, 0), (0, 5)):
        try:
            f.seek(*bad)
        except (io.UnsupportedOperation, ValueError) as e:
            print(type(e).__name__, e)
    print(f.readable(), f.writable(), f.seekable())
with open(p, "w") as f:
    print(f.readable(), f.writable(), f.tell())
