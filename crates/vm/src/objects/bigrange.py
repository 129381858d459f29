# range objects whose bounds or length do not fit in 63 bits (objects/bigrange.rs).
# Every function takes the range's (start, stop, step) as Python ints; the VM calls them
# for the operations of such a range and builds the range objects itself.


def length(start, stop, step):
    if step > 0:
        n = (stop - start + step - 1) // step
    else:
        n = (start - stop - step - 1) // -step
    return n if n > 0 else 0


def getitem(start, stop, step, i):
    n = length(start, stop, step)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("range object index out of range")
    return start + i * step


def getslice(start, stop, step, sl):
    # slice.indices over a length that may exceed 63 bits.
    n = length(start, stop, step)
    s, e, st = sl.start, sl.stop, sl.step
    st = 1 if st is None else st.__index__()
    if st == 0:
        raise ValueError("slice step cannot be zero")
    lo, hi = (0, n) if st > 0 else (-1, n - 1)
    if s is None:
        s = lo if st > 0 else hi
    else:
        s = s.__index__()
        s = max(s + n, lo) if s < 0 else min(s, hi)
    if e is None:
        e = hi if st > 0 else lo
    else:
        e = e.__index__()
        e = max(e + n, lo) if e < 0 else min(e, hi)
    return range(start + s * step, start + e * step, step * st)


def contains(start, stop, step, x):
    if step > 0:
        inside = start <= x < stop
    else:
        inside = stop < x <= start
    return inside and (x - start) % step == 0


def index(start, stop, step, x):
    if type(x) in (int, bool) and contains(start, stop, step, x):
        return (x - start) // step
    n = length(start, stop, step)
    if type(x) not in (int, bool):
        i = 0
        while i < n:
            if start + i * step == x:
                return i
            i += 1
    raise ValueError(repr(x) + " is not in range")


def count(start, stop, step, x):
    if type(x) in (int, bool):
        return 1 if contains(start, stop, step, x) else 0
    n = length(start, stop, step)
    c, i = 0, 0
    while i < n:
        if start + i * step == x:
            c += 1
        i += 1
    return c


def equal(a, b):
    # a and b are (start, stop, step) triples.
    na, nb = length(*a), length(*b)
    if na != nb:
        return False
    if na == 0:
        return True
    if a[0] != b[0]:
        return False
    return na == 1 or a[2] == b[2]


def hash_of(start, stop, step):
    n = length(start, stop, step)
    if n == 0:
        return hash((0, None, None))
    if n == 1:
        return hash((1, start, None))
    return hash((n, start, step))


class longrange_iterator:
    def __init__(self, cur, step, n):
        self._cur, self._step, self._n = cur, step, n

    def __iter__(self):
        return self

    def __next__(self):
        if self._n <= 0:
            raise StopIteration
        v = self._cur
        self._cur = v + self._step
        self._n -= 1
        return v

    def __length_hint__(self):
        return self._n


def iterate(start, stop, step):
    return longrange_iterator(start, step, length(start, stop, step))


def reverse(start, stop, step):
    n = length(start, stop, step)
    return longrange_iterator(start + (n - 1) * step, -step, n)
