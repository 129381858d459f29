"""concurrent.futures.process: ProcessPoolExecutor (calls run inside submit(), in this
process; see the package docstring)."""

import os
from concurrent.futures._base import Executor, BrokenExecutor


class BrokenProcessPool(BrokenExecutor):
    pass


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError('max_tasks_per_child must be an integer')
            elif max_tasks_per_child <= 0:
                raise ValueError('max_tasks_per_child must be >= 1')
        self._max_workers = max_workers
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
                    self._broken = ('A child process terminated abruptly, the process '
                                    'pool is not usable anymore')
                    raise BrokenProcessPool(self._broken)
        return super().submit(fn, *args, **kwargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError('chunksize must be >= 1.')
        return super().map(fn, *iterables, timeout=timeout)
