import os
# Unique per run: the conformance harness runs each program twice at once in one process.
d = "_tmp_os_files_%d_%x" % (os.getpid(), id(object()))
os.mkdir(d)
print(os.path.isdir(d), os.listdir(d))
for name in ["b.txt", "a.txt", "c.dat"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name * 2)
print(sorted(os.listdir(d)))
print(os.path.getsize(os.path.join(d, "a.txt")))
os.rename(os.path.join(d, "c.dat"), os.path.join(d, "z.dat"))
print(sorted(os.listdir(d)))
os.makedirs(os.path.join(d, "sub", "deeper"), exist_ok=True)
print(sorted(os.listdir(d)), os.path.isdir(os.path.join(d, "sub", "deeper")))
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
for root, dirs, files in sorted(os.walk(d)):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isfile(p):
        os.remove(p)
os.rmdir(os.path.join(d, "sub", "deeper"))
os.rmdir(os.path.join(d, "sub"))
os.rmdir(d)
print(os.path.exists(d))
