"""concurrent.futures._base: Future, Executor, wait and as_completed."""

import collections

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


class Future:
    """The result of a call: here always decided before the caller sees it, except a
    Future made directly by the program."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger('concurrent.futures').exception(
                    'exception calling callback for %r', self)

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        if self._state in [RUNNING, FINISHED]:
            return False
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _never(self, what):
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        raise TimeoutError()

    def result(self, timeout=None):
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state != FINISHED:
            if timeout is None:
                raise RuntimeError('coil has no threads: Future.result() on a pending '
                                   'future would block forever')
            raise TimeoutError()
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def exception(self, timeout=None):
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state != FINISHED:
            if timeout is None:
                raise RuntimeError('coil has no threads: Future.exception() on a '
                                   'pending future would block forever')
            raise TimeoutError()
        return self._exception

    def add_done_callback(self, fn):
        if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        elif self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _run_into(future, fn, args, kwargs):
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:
        future.set_exception(exc)
    else:
        future.set_result(result)


class Executor:
    """Base executor: submit() runs the call at once (see the package docstring)."""

    _shutdown = False
    _broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenExecutor(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        _run_into(f, fn, args, kwargs)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result()
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False



class _PoolExecutor(Executor):
    """What both pools share: the initializer runs once, before the first call; if it
    raises, the pool is broken (`_broken_class` with `_broken_message`)."""

    _initializer = None
    _initargs = ()
    _initialized = False
    _broken_class = BrokenExecutor
    _broken_message = ''

    def _set_initializer(self, initializer, initargs):
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        if not self._initialized and not self._shutdown:
            self._initialized = True
            if self._initializer is not None:
                try:
                    self._initializer(*self._initargs)
                except BaseException:
                    self._broken = self._broken_message
                    raise self._broken_class(self._broken)
        return super().submit(fn, *args, **kwargs)

DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def as_completed(fs, timeout=None):
    fs = set(fs)
    done = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    yield from done
    if pending:
        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    return DoneAndNotDoneFutures(done, not_done)
