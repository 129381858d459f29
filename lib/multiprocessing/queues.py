"""multiprocessing.queues: Queue, SimpleQueue and JoinableQueue as in-process FIFOs."""

import queue as _queue


class Queue(_queue.Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__(maxsize)
        self._closed = False

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    pass


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._items = []
        self._closed = False

    def empty(self):
        return not self._items

    def put(self, obj):
        self._items.append(obj)

    def get(self):
        if not self._items:
            raise RuntimeError('coil runs processes in-process: get() on an empty '
                               'SimpleQueue would block forever')
        return self._items.pop(0)

    def close(self):
        self._closed = True
