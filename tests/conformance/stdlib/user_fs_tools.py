# a file-tree script: pathlib, glob, os.walk over a Path, shutil copy/move/rmtree, fnmatch
import os, glob, shutil, tempfile, pathlib, fnmatch, json
root = pathlib.Path(tempfile.mkdtemp())
for rel, content in {"a.txt": "alpha", "b.py": "print(1)", "sub/c.txt": "gamma\n", "sub/deep/d.md": "# d", "sub/e.PY": "x"}.items():
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(content)
print(sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()))
print(sorted(p.name for p in root.glob("*.txt")), sorted(p.name for p in root.glob("**/*.txt")))
print(sorted(os.path.relpath(p, root) for p in glob.glob(str(root / "**" / "*.md"), recursive=True)))
for dirpath, dirnames, filenames in sorted(os.walk(root)):
    dirnames.sort()
    print(os.path.relpath(dirpath, root), sorted(filenames))
p = root / "sub" / "c.txt"
print(p.name, p.stem, p.suffix, p.parent.name, p.exists(), p.is_dir(), p.read_text().strip(), p.stat().st_size)
print(pathlib.PurePosixPath("/a/b/c.tar.gz").suffixes, pathlib.PurePosixPath("a/b").joinpath("c", "d"), pathlib.PurePosixPath("/x/y").parts)
q = p.with_suffix(".bak"); p.rename(q); print(q.exists(), p.exists())
shutil.copy(q, root / "copy.txt"); print((root / "copy.txt").read_text() == q.read_text())
shutil.copytree(root / "sub", root / "sub2"); print(sorted(x.name for x in (root / "sub2").iterdir()))
shutil.move(str(root / "copy.txt"), str(root / "moved.txt")); print(sorted(os.listdir(root)))
print(fnmatch.filter(["a.py", "b.txt", "C.PY"], "*.py"), fnmatch.fnmatch("C.PY", "*.py"), fnmatch.fnmatchcase("C.PY", "*.py"))
(root / "data.json").write_text(json.dumps({"k": [1, 2]}))
with (root / "data.json").open() as f:
    print(json.load(f))
with open(root / "lines.txt", "w") as f:
    f.writelines(f"line {i}\n" for i in range(5))
with open(root / "lines.txt") as f:
    print([l.rstrip() for l in f if l.strip().endswith(("1", "3"))])
print(os.path.getsize(root / "lines.txt"), os.path.isfile(root / "lines.txt"), os.path.splitext("arch.tar.gz"))
(root / "sub" / "deep" / "d.md").unlink(); os.rmdir(root / "sub" / "deep"); print(sorted(os.listdir(root / "sub")))
shutil.rmtree(root); print(root.exists())
