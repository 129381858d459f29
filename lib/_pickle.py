"""_pickle: the name CPython's accelerated pickle classes live under. coil's are
lib/pickle.py's own, re-exported here (so `pickle.Pickler.__module__` is '_pickle' as
with CPython, and setting sys.modules['_pickle'] = None selects the pure classes)."""

from pickle import (_Pickler, _Unpickler, PickleError, PicklingError, UnpicklingError,
                    PickleBuffer)
from pickle import _dump, _dumps, _load, _loads


class Pickler(_Pickler):
    pass


class Unpickler(_Unpickler):
    pass


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return _dumps(obj, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _loads(data, fix_imports=fix_imports, encoding=encoding, errors=errors,
                  buffers=buffers)
