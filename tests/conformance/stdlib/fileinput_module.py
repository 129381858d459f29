# fileinput: several files (one empty), names and line numbers, in-place editing with a backup, binary mode, standard input as "-"
import fileinput, os, sys, tempfile
d = tempfile.mkdtemp()
paths = []
for i, text in enumerate(["alpha\nbeta\n", "", "gamma\ndelta\nepsilon"]):
    p = os.path.join(d, f"f{i}.txt")
    with open(p, "w") as f:
        f.write(text)
    paths.append(p)
for line in fileinput.input(paths):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), repr(line))
fileinput.close()
with fileinput.input(files=paths[2:], inplace=True, backup=".orig") as f:
    for line in f:
        print(line.rstrip().upper())
print(open(paths[2]).read(), os.path.exists(paths[2] + ".orig"))
with fileinput.FileInput(paths[0], mode="rb") as f:
    print(list(f))
for line in fileinput.input("-"):
    print("stdin line", repr(line))
print(fileinput.lineno())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError", e)
import shutil; shutil.rmtree(d)
