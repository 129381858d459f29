"""tempfile: gettempdir/gettempprefix, mkdtemp, mkstemp, TemporaryDirectory,
NamedTemporaryFile and TemporaryFile (files kept by name; delete on close), with
random names from os.urandom. Descriptor-level I/O is not provided: mkstemp returns
a placeholder descriptor (-1) with the created file's path."""

import os

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "gettempdir", "gettempprefix", "TMP_MAX", "template", "tempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _rand_name():
    b = os.urandom(8)
    return ''.join(_CHARS[x % len(_CHARS)] for x in b)


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for env in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(env)
            if d and os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            tempdir = '/tmp' if os.path.isdir('/tmp') else os.getcwd()
    return tempdir


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _rand_name() + suffix)
        try:
            os.mkdir(path)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def _create_file(suffix, prefix, dir):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _rand_name() + suffix)
        try:
            open(path, 'xb').close()
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    return -1, _create_file(suffix, prefix, dir)


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.remove(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self._closed


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    name = _create_file(suffix, prefix, dir)
    m = mode.replace('+', '').replace('x', 'w')
    if 'w' not in m and 'a' not in m and 'r' not in m:
        m = 'w' + m
    if 'r' in m:
        m = m.replace('r', 'w')
    f = open(name, m) if 'b' in m else open(name, m, encoding=encoding)
    return _TemporaryFileWrapper(f, name, delete)


TemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
