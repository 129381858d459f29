"""multiprocessing.pool: Pool and ThreadPool, every task run in this process when it is
submitted (see the package docstring); results, their order and errors as CPython's."""

from multiprocessing.context import TimeoutError, cpu_count

__all__ = ['Pool', 'ThreadPool']

INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


class ApplyResult:
    """A finished task: get() returns its value or raises its error."""

    def __init__(self, ok, value, callback=None, error_callback=None):
        self._success = ok
        self._value = value
        if ok and callback is not None:
            callback(value)
        if not ok and error_callback is not None:
            error_callback(value)

    def ready(self):
        return True

    def successful(self):
        return self._success

    def wait(self, timeout=None):
        pass

    def get(self, timeout=None):
        if self._success:
            return self._value
        raise self._value


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    pass


def _run(func, args, kwds):
    try:
        return True, func(*args, **kwds)
    except Exception as e:
        return False, e


class Pool:
    """A pool whose workers are the calling process: each task runs when submitted."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._state = INIT
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError('maxtasksperchild must be a positive int or None')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        if initializer is not None:
            initializer(*initargs)
        self._state = RUN

    def _check_running(self):
        if self._state != RUN:
            raise ValueError('Pool not running')

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        ok, v = _run(func, args, kwds)
        return ApplyResult(ok, v, callback, error_callback)

    def _map(self, func, iterable, star):
        out = []
        for item in iterable:
            out.append(func(*item) if star else func(item))
        return out

    def map(self, func, iterable, chunksize=None):
        self._check_running()
        return self._map(func, iterable, False)

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        return self._map(func, iterable, True)

    def _map_async(self, func, iterable, star, callback, error_callback):
        self._check_running()
        try:
            v = self._map(func, iterable, star)
            ok = True
        except Exception as e:
            v = e
            ok = False
        return MapResult(ok, v, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        return self._map_async(func, iterable, False, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, True, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize < 1:
            raise ValueError('Chunksize must be 1+, not {0:n}'.format(chunksize))
        return _IMapIterator(func, iter(iterable))

    def imap_unordered(self, func, iterable, chunksize=1):
        return self.imap(func, iterable, chunksize)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE

    def join(self):
        if self._state == RUN:
            raise ValueError('Pool is still running')
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError('In unknown state')

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % (
            type(self).__module__, type(self).__qualname__, self._state,
            self._processes)


class _IMapIterator:
    """imap's iterator: every result is computed when next() asks for it (the
    task's errors are raised by that next(), as CPython's iterator raises them)."""

    def __init__(self, func, it):
        self._func = func
        self._it = it

    def __iter__(self):
        return self

    def __next__(self, timeout=None):
        item = next(self._it)
        return self._func(item)

    next = __next__


IMapIterator = _IMapIterator
IMapUnorderedIterator = _IMapIterator


class ThreadPool(Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
