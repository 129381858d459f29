class memoryview:
    # A byte view of a bytes or bytearray object (format 'B', one dimension): the
    # bytes at _start, _start + _step, ... (_n of them).


    def __init__(self, object):
        if isinstance(object, memoryview):
            object._chk()
            self._obj = object._obj
            self._start = object._start
            self._step = object._step
            self._n = object._n
        elif isinstance(object, (bytes, bytearray)):
            self._obj = object
            self._start = 0
            self._step = 1
            self._n = len(object)
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(object).__name__)
        self._released = False

    def _chk(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _data(self):
        self._chk()
        start, step, n = self._start, self._step, self._n
        if step == 1:
            return self._obj[start:start + n]
        stop = start + n * step
        return self._obj[start:stop if stop >= 0 else None:step]

    obj = property(lambda self: (self._chk(), self._obj)[1])
    nbytes = property(lambda self: (self._chk(), self._n)[1])
    readonly = property(lambda self: (self._chk(), isinstance(self._obj, bytes))[1])
    format = property(lambda self: (self._chk(), 'B')[1])
    itemsize = property(lambda self: (self._chk(), 1)[1])
    ndim = property(lambda self: (self._chk(), 1)[1])
    shape = property(lambda self: (self._chk(), (self._n,))[1])
    strides = property(lambda self: (self._chk(), (self._step,))[1])
    suboffsets = property(lambda self: (self._chk(), ())[1])
    c_contiguous = contiguous = f_contiguous = property(
        lambda self: (self._chk(), self._step == 1 or self._n <= 1)[1])

    def __len__(self):
        self._chk()
        return self._n

    def __getitem__(self, i):
        self._chk()
        n = self._n
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            v = memoryview(self)
            v._start = self._start + start * self._step
            v._step = self._step * step
            v._n = len(range(start, stop, step))
            return v
        if not hasattr(type(i), '__index__'):
            raise TypeError('memoryview: invalid slice key')
        i = i.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('index out of bounds on dimension 1')
        return self._obj[self._start + i * self._step]

    def __setitem__(self, i, value):
        self._chk()
        if isinstance(self._obj, bytes):
            raise TypeError('cannot modify read-only memory')
        n = self._n
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            value = bytes(value)
            places = range(start, stop, step)
            if len(value) != len(places):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            if step == 1 and self._step == 1:
                self._obj[self._start + start:self._start + start + len(value)] = value
                return
            for k, b in zip(places, value):
                self._obj[self._start + k * self._step] = b
            return
        i = i.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('index out of bounds on dimension 1')
        self._obj[self._start + i * self._step] = value

    def __iter__(self):
        return iter(self._data())

    def __bytes__(self):
        return bytes(self._data())

    def tobytes(self, order='C'):
        return bytes(self._data())

    def tolist(self):
        return list(self._data())

    def hex(self, *args):
        return bytes(self._data()).hex(*args)

    def toreadonly(self):
        v = memoryview(self)
        v._obj = bytes(self._obj)
        return v

    def cast(self, format, shape=None):
        self._chk()
        if format not in ('B', 'b', 'c') or shape is not None:
            raise NotImplementedError('coil: memoryview.cast to %r' % (format,))
        return memoryview(self)

    def release(self):
        self._released = True

    def __enter__(self):
        self._chk()
        return self

    def __exit__(self, *args):
        self.release()

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, memoryview):
            if self._released or other._released:
                return False
            return self._data() == other._data()
        if isinstance(other, (bytes, bytearray)):
            if self._released:
                return False
            return bytes(self._data()) == other
        return NotImplemented

    def __hash__(self):
        self._chk()
        if not isinstance(self._obj, bytes):
            raise ValueError('cannot hash writable memoryview object')
        return hash(self._data())

    def __repr__(self):
        if self._released:
            return '<released memory at %#x>' % id(self)
        return '<memory at %#x>' % id(self)
