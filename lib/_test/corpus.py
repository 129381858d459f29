"""Run tests/conformance programs under CPython with lib/ replacing the stdlib
modules it provides, and compare with the CPython expectations (.out, .err's
last line, .code).

    python3 lib/_test/corpus.py [DIR-or-FILE ...]     (default: all of tests/conformance)

This checks lib/ as coil will use it, on the project's own test programs.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
ROOT = os.path.dirname(LIB)

BOOT = r'''
import sys, os, importlib, runpy
from importlib import machinery
LIB = sys.argv[1]
if not hasattr(sys, '_getframemodulename'):
    def _getframemodulename(depth=0):
        return sys._getframe(depth + 1).f_globals.get('__name__')
    sys._getframemodulename = _getframemodulename
names = set()
for entry in os.listdir(LIB):
    if entry.endswith('.py'):
        names.add(entry[:-3])
    elif os.path.exists(os.path.join(LIB, entry, '__init__.py')) and not entry.startswith('_'):
        names.add(entry)
for n in list(sys.modules):
    if n.split('.')[0] in names:
        del sys.modules[n]
class LibFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname.split('.')[0] not in names:
            return None
        return machinery.PathFinder.find_spec(fullname, [LIB] if path is None else path)
sys.meta_path.insert(0, LibFinder)
script = sys.argv[2]
sys.argv = sys.argv[2:]
sys.path[0] = os.path.dirname(script)
runpy.run_path(script, run_name='__main__')
'''


def expected(base):
    def read(ext):
        try:
            with open(base + ext, encoding='utf-8', errors='replace') as f:
                return f.read()
        except OSError:
            return None
    code = read('.code')
    return read('.out') or '', read('.err') or '', int(code) if code else 0


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ''


def run_one(path):
    d = os.path.dirname(path)
    base = path[:-3]
    env = dict(os.environ, PYTHONHASHSEED='0')
    try:
        p = subprocess.run([sys.executable, '-c', BOOT, LIB, path], cwd=d,
                           capture_output=True, text=True, timeout=120,
                           env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return 'timeout'
    out = p.stdout.replace(d, '<DIR>')
    err = p.stderr.replace(d, '<DIR>')
    want_out, want_err, want_code = expected(base)
    problems = []
    if out != want_out:
        problems.append('stdout differs')
    if p.returncode != want_code:
        problems.append('exit %d, want %d' % (p.returncode, want_code))
    if last_line(err) != last_line(want_err):
        problems.append('stderr last line %r, want %r'
                        % (last_line(err), last_line(want_err)))
    if problems and '-v' in sys.argv:
        import difflib
        sys.stdout.writelines(difflib.unified_diff(
            want_out.splitlines(True), out.splitlines(True), 'want', 'got'))
    return '; '.join(problems)


def main(args):
    args = [a for a in args if a != '-v']
    targets = args or [os.path.join(ROOT, 'tests', 'conformance')]
    files = []
    for t in targets:
        if os.path.isdir(t):
            for dirpath, dirnames, filenames in os.walk(t):
                dirnames[:] = sorted(x for x in dirnames if not x.startswith('_'))
                files.extend(os.path.abspath(os.path.join(dirpath, f)) for f in sorted(filenames)
                             if f.endswith('.py') and not f.startswith('_'))
        else:
            files.append(os.path.abspath(t))
    bad = 0
    for f in files:
        problem = run_one(f)
        if problem:
            bad += 1
            print('FAIL %s: %s' % (os.path.relpath(f, ROOT), problem))
    print('%d programs, %d differ' % (len(files), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
