"""multiprocessing.sharedctypes: Value and Array as plain in-process cells (the type
code is kept; no shared memory is needed since tasks run in this process)."""

from threading import RLock

_defaults = {'c': b'\x00', 'u': '\x00', 'f': 0.0, 'd': 0.0}


def _zero(typecode):
    return _defaults.get(typecode, 0)


class _Value:
    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self.value = value
        self._lock = RLock() if lock is True else (lock or None)

    def get_lock(self):
        if self._lock is None:
            raise AttributeError("'c_long' object has no attribute 'get_lock'")
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self.get_lock().__enter__()

    def __exit__(self, *a):
        return self.get_lock().__exit__(*a)

    def __repr__(self):
        return '<Synchronized wrapper for %r>' % (self.value,)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    v = args[0] if args else _zero(typecode_or_type)
    return _Value(typecode_or_type, v, lock)


def RawValue(typecode_or_type, *args):
    v = args[0] if args else _zero(typecode_or_type)
    return _Value(typecode_or_type, v, False)


class _Array(list):
    def __init__(self, typecode, items, lock):
        super().__init__(items)
        self._typecode = typecode
        self._lock = RLock() if lock is True else (lock or None)

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *a):
        return self._lock.__exit__(*a)

    @property
    def value(self):
        if self._typecode == 'c':
            return b''.join(self).split(b'\x00')[0]
        return list(self)

    @property
    def raw(self):
        return b''.join(self)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    if isinstance(size_or_initializer, int):
        items = [_zero(typecode_or_type)] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _Array(typecode_or_type, items, lock)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)
