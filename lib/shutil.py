"""shutil: file copies (copyfileobj, copyfile, copy, copy2, copytree), rmtree, move,
which, disk-free-less helpers; permissions and metadata are not copied (coil's os has
no chmod/utime)."""

import os
import sys

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SameFileError", "which", "ignore_patterns", "get_terminal_size"]


class Error(OSError):
    pass


class SameFileError(Error):
    pass


COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    src = os.fspath(src)
    dst = os.fspath(dst)
    if os.path.exists(dst) and os.path.samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        data = fsrc.read()
    with open(dst, 'wb') as fdst:
        fdst.write(data)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    pass


def copy(src, dst, *, follow_symlinks=True):
    dst = os.fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


copy2 = copy


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        from pathlib import _fnmatch
        ignored = []
        for pattern in patterns:
            ignored.extend(n for n in names if _fnmatch(n, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    src = os.fspath(src)
    dst = os.fspath(dst)
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                     dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    path = os.fspath(path)

    def handle(func, p, exc):
        if ignore_errors:
            return
        if onerror is not None:
            onerror(func, p, (type(exc), exc, exc.__traceback__))
        else:
            raise exc

    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as e:
        handle(os.path.islink, path, e)
        return
    try:
        names = os.listdir(path)
    except OSError as e:
        handle(os.listdir, path, e)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.remove(full)
            except OSError as e:
                handle(os.remove, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        handle(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    src = os.fspath(src)
    dst = os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.remove(src)
    return real_dst


def which(cmd, mode=None, path=None):
    if os.path.dirname(cmd):
        return cmd if os.path.isfile(cmd) else None
    if path is None:
        path = os.environ.get("PATH", os.defpath if hasattr(os, 'defpath') else "/bin:/usr/bin")
    for d in path.split(os.pathsep if hasattr(os, 'pathsep') else ':'):
        name = os.path.join(d, cmd)
        if os.path.isfile(name):
            return name
    return None


def get_terminal_size(fallback=(80, 24)):
    # $COLUMNS and $LINES first, then the terminal of sys.__stdout__, then fallback.
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
