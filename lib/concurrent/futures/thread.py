"""concurrent.futures.thread: ThreadPoolExecutor (calls run inside submit())."""

import os
from concurrent.futures._base import Executor, BrokenExecutor


class BrokenThreadPool(BrokenExecutor):
    pass


_counter = [0]


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        _counter[0] += 1
        self._thread_name_prefix = thread_name_prefix or (
            'ThreadPoolExecutor-%d' % (_counter[0] - 1))
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def submit(self, fn, /, *args, **kwargs):
        if not self._initialized and not self._shutdown:
            self._initialized = True
            if self._initializer is not None:
                try:
                    self._initializer(*self._initargs)
                except BaseException:
                    self._broken = ('A thread initializer failed, the thread pool '
                                    'is not usable anymore')
                    raise BrokenThreadPool(self._broken)
        return super().submit(fn, *args, **kwargs)
