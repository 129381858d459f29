# binary files: BufferedWriter seek/tell/truncate, append mode position, reads after seeks, readinto
import os, tempfile, struct
p = os.path.join(tempfile.mkdtemp(), "b.bin")
with open(p, "wb") as f:
    print(f.write(struct.pack("<3I", 1, 2, 3)), f.tell())
    f.write(b"tail\nline2\n")
    print(f.tell(), f.seekable(), f.writable(), f.readable())
    f.seek(0); f.write(b"\x09"); print(f.tell())
with open(p, "ab") as f:
    print(f.tell()); f.write(b"more"); print(f.tell())
with open(p, "rb") as f:
    print(struct.unpack("<3I", f.read(12)), f.readline(), f.tell(), f.read(3), f.peek(2)[:2] if hasattr(f, "peek") else "")
    f.seek(-4, 2); print(f.read(), f.tell()); f.seek(2); print(f.read(2)); f.seek(1, 1); print(f.tell())
    ba = bytearray(4); f.seek(0); print(f.readinto(ba), ba)
with open(p, "rb") as f:
    print(list(f)[:2], os.path.getsize(p))
open(p, "wb").write(b"unclosed")
print(open(p, "rb").read())
with open(p, "wb") as f:
    f.write(b"0123456789"); f.seek(3); f.write(b"ab"); print(f.truncate(7), f.tell())
    f.seek(10); f.write(b"Z")
print(open(p, "rb").read())
with open(p, "wb") as f:
    try:
        f.seek(-1)
    except OSError as e:
        print("OSError", e)
