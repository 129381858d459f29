"""Iterator building blocks: coil's in-house itertools.

Argument checks happen eagerly (at the call, as in CPython); the iteration
itself is a generator. count, repeat and groupby are classes because their
reprs or shared-state semantics are visible.
"""

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_MAXSIZE = (1 << 63) - 1


def _index(x):
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


def _is_number(x):
    t = type(x)
    return (hasattr(t, '__add__') and
            (hasattr(t, '__index__') or hasattr(t, '__float__')
             or hasattr(t, '__complex__')))


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, step)


class repeat:
    """repeat(object [,times]) -> object for the given times, or forever."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            times = _index(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            for total in it:
                break
            else:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total
    return gen()


def _chain_gen(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    """chain(*iterables) --> elements of each iterable in turn."""

    def __new__(cls, *iterables):
        return _chain_gen(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument."""
        return _chain_gen(_lazy_iter(iterable))


def _lazy_iter(iterable):
    for x in iterable:
        yield x


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    d = iter(data)
    s = iter(selectors)

    def gen():
        for x, keep in zip(d, s):
            if keep:
                yield x
    return gen()


def dropwhile(predicate, iterable):
    """Drop items while predicate(item) is true; afterwards return every item."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as predicate holds."""
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    it = iter(iterable)

    def gen():
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x
    return gen()


class groupby:
    """make an iterator that returns consecutive keys and groups."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while True:
            if self._currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key


_MARKER = object()


def _grouper(parent, tgtkey):
    return _grouper_gen(parent, tgtkey, parent._id)


def _grouper_gen(parent, tgtkey, ident):
    if parent._currvalue is _MARKER:
        return
    while parent._id is ident:
        if parent._currvalue is _MARKER:
            try:
                parent._step()
            except StopIteration:
                return
        if not parent._currkey == tgtkey:
            return
        value = parent._currvalue
        parent._currvalue = _MARKER
        yield value


_SLICE_MSG = ('Indices for islice() must be None or an integer: '
              '0 <= x <= sys.maxsize.')
_STOP_MSG = ('Stop argument for islice() must be None or an integer: '
             '0 <= x <= sys.maxsize.')


def _slice_arg(x, msg):
    if x is None:
        return None
    try:
        v = _index(x)
    except TypeError:
        raise ValueError(msg) from None
    if v < 0 or v > _MAXSIZE:
        raise ValueError(msg)
    return v


def islice(*args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    n = len(args)
    if n < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % n)
    if n > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % n)
    iterable = args[0]
    start = 0
    step = 1
    if n == 2:
        stop = _slice_arg(args[1], _STOP_MSG)
    else:
        stop = _slice_arg(args[2], _STOP_MSG)
        s = _slice_arg(args[1], _SLICE_MSG)
        start = 0 if s is None else s
        if n == 4 and args[3] is not None:
            try:
                step = _index(args[3])
            except TypeError:
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive '
                                 'integer or None.')
    it = iter(iterable)

    def gen():
        # The state machine of CPython's islice: skip to the next wanted
        # index, stop once the count reaches stop.
        cnt = 0
        nxt = start
        while True:
            while cnt < nxt:
                for _x in it:
                    break
                else:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            for item in it:
                break
            else:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item
    return gen()


def pairwise(iterable):
    """Return successive overlapping pairs taken from the input iterator."""
    it = iter(iterable)

    def gen():
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b
    return gen()


def starmap(function, iterable):
    """Return function(*args) for each args tuple of iterable."""
    it = iter(iterable)

    def gen():
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)
    return gen()


class _TeeBuffer:
    __slots__ = ('it', 'items', 'base')

    def __init__(self, it):
        self.it = it
        self.items = []
        self.base = 0


def _tee_gen(buf, start):
    pos = start
    while True:
        idx = pos - buf.base
        if idx < len(buf.items):
            value = buf.items[idx]
        else:
            for value in buf.it:
                buf.items.append(value)
                break
            else:
                return
        pos += 1
        yield value


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    buf = _TeeBuffer(it)
    return tuple(_tee_gen(buf, 0) for _ in range(n))


def zip_longest(*iterables, fillvalue=None):
    """Aggregate elements from each iterable, padding with fillvalue."""
    its = [iter(it) for it in iterables]

    def gen():
        n = len(its)
        if n == 0:
            return
        active = n
        live = [True] * n
        while True:
            values = []
            for i in range(n):
                if live[i]:
                    for v in its[i]:
                        values.append(v)
                        break
                    else:
                        live[i] = False
                        active -= 1
                        if active == 0:
                            return
                        values.append(fillvalue)
                else:
                    values.append(fillvalue)
            yield tuple(values)
    return gen()


def product(*iterables, repeat=1):
    """Cartesian product of input iterables."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat

    def gen():
        n = len(pools)
        for pool in pools:
            if not pool:
                return
        indices = [0] * n
        result = [pool[0] for pool in pools]
        yield tuple(result)
        while True:
            i = n - 1
            while i >= 0:
                pool = pools[i]
                indices[i] += 1
                if indices[i] < len(pool):
                    result[i] = pool[indices[i]]
                    break
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            if i < 0:
                return
            yield tuple(result)
    return gen()


def _r_arg(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else _r_arg(r)

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            for i in range(r - 1, -1, -1):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[i] for i in indices[:r]])
                    break
            else:
                return
    return gen()


def combinations(iterable, r):
    """Successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            for i in range(r - 1, -1, -1):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[i] for i in indices])
    return gen()


def combinations_with_replacement(iterable, r):
    """Successive r-length combinations allowing repeated elements."""
    pool = tuple(iterable)
    n = len(pool)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            for i in range(r - 1, -1, -1):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple([pool[i] for i in indices])
    return gen()
