"""pathlib benchmark in the style of pyperformance bm_pathlib."""
import os
import pathlib
import shutil
import tempfile
import time
from pathlib import Path, PurePosixPath, PurePath

NUM_FILES = 48


def generate_filenames(tmp_path, num_files):
    i = 0
    while num_files:
        for ext in [".py", ".txt", ".tar.gz", ""]:
            i += 1
            yield os.path.join(tmp_path, str(i) + ext)
            num_files -= 1


def setup(num_files):
    tmp_path = tempfile.mkdtemp()
    for fn in generate_filenames(tmp_path, num_files):
        with open(fn, "wb") as f:
            f.write(fn.encode())
    return tmp_path


def bench_pathlib(loops, tmp_path):
    base_path = pathlib.Path(tmp_path)
    path_objects = list(base_path.iterdir())
    for p in path_objects:
        p.stat()
    assert len(path_objects) == NUM_FILES, len(path_objects)
    t0 = time.perf_counter()
    counts = []
    for _ in range(loops):
        n = 0
        for p in base_path.iterdir():
            n += 1
        for p in base_path.glob("*.py"):
            n += 1
        for p in path_objects:
            p.stat()
        counts.append(n)
    dt = time.perf_counter() - t0
    return counts


def main():
    tmp_path = setup(NUM_FILES)
    try:
        print(bench_pathlib(3, tmp_path))
        base = Path(tmp_path)
        names = sorted(p.name for p in base.glob('*.tar.gz'))
        print(names[:5])
        print(sorted(p.suffix for p in base.iterdir())[::10])
        print(sorted(int(p.stem) for p in base.glob('*.py'))[:5])
        f = base / 'sub' / 'file.txt'
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text('hello\nworld\n')
        print(f.read_text().splitlines(), f.exists(), f.is_file(), f.parent.is_dir())
        print(f.read_bytes(), f.stat().st_size)
        print(sorted(str(p.relative_to(base)) for p in base.rglob('*.txt'))[:4])
        g = f.with_suffix('.md')
        f.rename(g)
        print(f.exists(), g.exists(), g.name)
        g.unlink()
        print(list((base / 'sub').iterdir()))
        (base / 'sub').rmdir()
        print(Path(tmp_path).resolve() == Path(os.path.realpath(tmp_path)))
    finally:
        shutil.rmtree(tmp_path)
    print(os.path.exists(tmp_path))

    p = PurePosixPath('/usr/lib/python3.11/site-packages/pkg/module.tar.gz')
    print(p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root, p.drive)
    print(list(p.parents)[:3], p.parts[:3])
    print(p.with_name('x.py'), p.with_stem('other'), p.with_suffix(''))
    print(p.relative_to('/usr/lib'), p.is_absolute(), p.is_relative_to('/usr'))
    print(p.match('*.gz'), p.match('site-packages/*/*.gz'), p.match('/usr/*.gz'))
    print(PurePosixPath('a/b') / 'c' / '../d', PurePosixPath('a//b/./c/'), PurePosixPath('//x'))
    print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') < PurePosixPath('b'))
    print(repr(PurePosixPath('x/y')), str(PurePosixPath()), PurePosixPath('/a', '/b', 'c'))
    print(PurePosixPath('a/b').joinpath('c', 'd'), PurePosixPath('/a/b').as_posix())
    print(PurePosixPath('/a/b').as_uri())
    try:
        PurePosixPath('a/b').relative_to('c')
    except ValueError as e:
        print("ValueError:", e)
    try:
        PurePosixPath('a/b').with_suffix('bad')
    except ValueError as e:
        print("ValueError:", e)
    print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]))
    print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a/b')), os.fspath(PurePosixPath('q')))
    print(type(PurePath('x')).__name__, type(Path('x')).__name__)
    print(Path('a/b.txt').with_suffix('.py'), Path('~').expanduser() == Path.home())


if __name__ == "__main__":
    main()
