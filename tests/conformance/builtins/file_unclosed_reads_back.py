# a file written without close() (dropped at once under CPython's reference counting)
# reads back complete, and os.path.getsize sees what was written
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "out.txt")
open(p, "w").write("first line\n")
print(repr(open(p).read()))
def log(msg):
    f = open(p, "a")
    f.write(msg + "\n")
log("second line")
print(os.path.getsize(p), repr(open(p).read()))
def save(name, rows):
    out = open(os.path.join(d, name), "w")
    for r in rows:
        out.write(",".join(map(str, r)) + "\n")
save("t.csv", [(1, 2), (3, 4)])
print(open(os.path.join(d, "t.csv")).read(), end="")
import shutil
shutil.rmtree(d)
