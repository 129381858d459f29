# pathlib (pure parsing and operations, Path file system methods, glob/rglob), tempfile and
# shutil (copy, rmtree), open() of a PathLike.
import os, pathlib, shutil, tempfile
from pathlib import Path, PurePath, PurePosixPath
p = PurePosixPath('/usr//lib/./python3.11/x.tar.gz')
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents)[:2], p.anchor, p.root, p.drive)
print(PurePath('a', 'b/c', '/d', 'e'), PurePath(), PurePath('.'), PurePath('a/'), PurePath('//x'), PurePath('///x'))
q = PurePath('a/b.txt')
print(q.with_name('c.py'), q.with_suffix('.md'), q.with_suffix(''), q.with_stem('z'), q / 'x', 'pre' / q, q.joinpath('y', 'z'))
print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b').is_relative_to('/c'), q.is_absolute(), PurePath('/x').is_absolute())
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('/*.py'), PurePath('a.PY').match('*.py'))
print(PurePath('a') == PurePath('a/'), PurePath('a') < PurePath('b'), sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]), hash(PurePath('x')) == hash(PurePath('x')))
print(PurePath('.bashrc').suffix, PurePath('a.').suffix, PurePath('.a.b').suffixes, PurePath('/').name, PurePath('/').parent)
try:
    PurePath('/a').relative_to('/b')
except ValueError as e:
    print(e)
try:
    q.with_suffix('md')
except ValueError as e:
    print(e)
d = Path(tempfile.mkdtemp())
for n in ['a.py', 'b.py', 'c.txt', '.hidden.py']:
    (d / n).write_text('x' * len(n))
(d / 'sub').mkdir()
(d / 'sub' / 'deep').mkdir(parents=True, exist_ok=True)
(d / 'sub' / 'deep' / 'e.py').write_bytes(b'abc')
print(sorted(p.name for p in d.iterdir()))
print(sorted(str(p.relative_to(d)) for p in d.glob('*.py')), sorted(str(p.relative_to(d)) for p in d.glob('*/*/*.py')))
print(sorted(str(p.relative_to(d)) for p in d.rglob('*.py')), sorted(str(p.relative_to(d)) for p in d.glob('**/')))
print((d / 'a.py').read_text(), (d / 'sub/deep/e.py').read_bytes(), (d / 'a.py').stat().st_size, (d / 'a.py').exists(), (d / 'nope').exists())
print((d / 'sub').is_dir(), (d / 'a.py').is_file(), (d / 'c.txt').with_suffix('.md').exists())
with open(d / 'a.py') as f:
    print(f.read())
with (d / 'b.py').open('rb') as f:
    print(f.read())
(d / 'c.txt').rename(d / 'c2.txt')
(d / 'c2.txt').unlink()
(d / 'c2.txt').unlink(missing_ok=True)
(d / 't').touch()
print(sorted(p.name for p in d.iterdir()))
try:
    (d / 'sub').mkdir()
except FileExistsError as e:
    print(type(e).__name__)
shutil.copy(d / 'a.py', d / 'sub')
print(sorted(os.listdir(d / 'sub')))
shutil.rmtree(d)
print(d.exists())
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td))
print(os.path.isdir(td))
print(Path('x/y').absolute() == Path(os.getcwd()) / 'x/y', Path.cwd() == Path(os.getcwd()))
