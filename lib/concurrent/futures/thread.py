"""concurrent.futures.thread: ThreadPoolExecutor (calls run inside submit())."""

import os
from concurrent.futures._base import _PoolExecutor, BrokenExecutor


class BrokenThreadPool(BrokenExecutor):
    pass


_counter = [0]


class ThreadPoolExecutor(_PoolExecutor):
    _broken_class = BrokenThreadPool
    _broken_message = ('A thread initializer failed, the thread pool '
                       'is not usable anymore')

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._set_initializer(initializer, initargs)
        self._max_workers = max_workers
        _counter[0] += 1
        self._thread_name_prefix = thread_name_prefix or (
            'ThreadPoolExecutor-%d' % (_counter[0] - 1))
