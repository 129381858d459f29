"""concurrent.futures.process: ProcessPoolExecutor (calls run inside submit(), in this
process; see the package docstring)."""

import os
from concurrent.futures._base import _PoolExecutor, BrokenExecutor


class BrokenProcessPool(BrokenExecutor):
    pass


class ProcessPoolExecutor(_PoolExecutor):
    _broken_class = BrokenProcessPool
    _broken_message = ('A child process terminated abruptly, the process '
                       'pool is not usable anymore')

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._set_initializer(initializer, initargs)
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError('max_tasks_per_child must be an integer')
            elif max_tasks_per_child <= 0:
                raise ValueError('max_tasks_per_child must be >= 1')
        self._max_workers = max_workers

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError('chunksize must be >= 1.')
        return super().map(fn, *iterables, timeout=timeout)
