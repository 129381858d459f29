# fnmatch and glob: wildcard matching and directory globbing (sorted for determinism).
import fnmatch
import glob
import os
import tempfile

cases = [("a.py", "*.py"), ("abc", "a?c"), ("abc", "[a-c]bc"), ("x", "[!a-c]"),
         ("a", "[!a-c]"), ("[", "["), ("a*b", "a[*]b"), ("aXbXc", "a*b*c"),
         ("abc", "a*"), ("", "*"), ("ab", "a*b*"), ("A.PY", "*.py"), ("a]", "[]]"),
         ("-", "[a-]"), ("b", "[z-a]"), ("dir/file.txt", "*.txt"), ("x.tar.gz", "*.gz")]
for name, pat in cases:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".hidden.py"], "*.py"))
print(fnmatch.fnmatchcase(b"abc", b"a*"))
try:
    fnmatch.fnmatchcase("abc", b"a*")
except TypeError as e:
    print("TypeError:", e)
print(fnmatch.translate("*.py"), fnmatch.translate("a?b"), fnmatch.translate("[!x]z"))

root = tempfile.mkdtemp()
for rel in ["a.py", "b.py", "c.txt", ".hid.py", "sub/d.py", "sub/deep/e.py", "sub/f.txt"]:
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("x")


def rel(paths):
    return sorted(os.path.relpath(p, root) for p in paths)


print(rel(glob.glob(os.path.join(root, "*.py"))))
print(rel(glob.glob(os.path.join(root, "*"))))
print(rel(glob.glob(os.path.join(root, "*", "*.py"))))
print(rel(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(root, "**"), recursive=True)))
print(rel(glob.iglob(os.path.join(root, "?.txt"))))
print(rel(glob.glob(os.path.join(root, "[ab].py"))))
print(glob.glob(os.path.join(root, "nothing*")))
print(rel(glob.glob(os.path.join(root, "c.txt"))))
print(sorted(glob.glob("*.py", root_dir=root)))
print(sorted(glob.glob("**/*.py", root_dir=root, recursive=True)))
print(glob.escape("a*b?[c]"), glob.has_magic("a*"), glob.has_magic("abc"))
