import os
name = "_tmp_open_text_files_%d.txt" % os.getpid()
with open(name, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
    print(n, f.closed, f.mode, f.name == name)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(name, "a") as f:
    f.write("\nappended")
    print(f.writelines(["x", "y\n"]))
with open(name) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.read()))
with open(name, encoding="utf-8") as f:
    print(list(f))
with open(name, "w", encoding="utf-8") as f:
    print("via print", 1, 2, file=f)
    print("é😀", file=f, end="")
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name, "rb") as f:
    print(f.read())
try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
print(os.path.exists(name))
