# os and os.path: path algebra, a scratch directory tree, errors, errno, environ.
import errno
import os
import os.path

for p in ["a/b/c.txt", "/x/y/", "file.tar.gz", ".bashrc", "/", "", "a//b", "../x/./y/../z",
          "//a/b", "///a", "a/..", "/.."]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), repr(os.path.normpath(p)), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "/b", "c"), os.path.join("", "x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/x"), os.path.abspath("/a/./b/../c"))
print(os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"))
print(os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.name, os.path.sep)

base = "/tmp/coil_natives_os_%d_%d" % (os.getpid(), int.from_bytes(os.urandom(6), "big"))
os.makedirs(os.path.join(base, "sub", "deep"))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
with open(os.path.join(base, "f.txt"), "w") as f:
    f.write("hello")
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "f.txt")))
print(os.path.isfile(os.path.join(base, "f.txt")))
st = os.stat(os.path.join(base, "f.txt"))
print(st.st_size, st[6], len(st), oct(st.st_mode & 0o170000), type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, st[8] == int(st.st_mtime), os.lstat(base).st_size >= 0)
try:
    os.stat(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.rename(os.path.join(base, "f.txt"), os.path.join(base, "g.txt"))
print(sorted(os.listdir(base)))
print(os.path.realpath(base) == os.path.realpath(base + "/sub/.."))
for action in [lambda: os.mkdir(base), lambda: os.rmdir(os.path.join(base, "sub")),
               lambda: os.remove(os.path.join(base, "nope")), lambda: os.listdir(os.path.join(base, "g.txt")),
               lambda: os.remove(os.path.join(base, "sub"))]:
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, base), errno.errorcode[e.errno])
os.remove(os.path.join(base, "g.txt"))
os.removedirs(os.path.join(base, "sub", "deep"))
print(os.path.exists(base))
os.makedirs(base, exist_ok=True)
os.makedirs(base, exist_ok=True)
os.rmdir(base)
print(errno.ENOENT, errno.EEXIST, os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.getpid() > 0, os.cpu_count() >= 1)
os.environ["COIL_NATIVES_TEST"] = "1"
print(os.environ["COIL_NATIVES_TEST"], os.getenv("COIL_NATIVES_TEST"), os.getenv("COIL_UNSET_VAR", "dflt"))
try:
    os.get_terminal_size()
except OSError as e:
    print("OSError", e.errno)
print(os.fspath("x"), os.path.expanduser("nohome"))
