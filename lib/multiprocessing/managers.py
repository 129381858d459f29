"""multiprocessing.managers: a Manager whose shared objects are ordinary objects of
this process (tasks run in-process, so sharing needs no server)."""

from multiprocessing.queues import Queue, JoinableQueue
from multiprocessing.sharedctypes import Value, Array
from threading import Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier
from types import SimpleNamespace


class SyncManager:
    def __init__(self, *args, **kwargs):
        pass

    def start(self, initializer=None, initargs=()):
        if initializer is not None:
            initializer(*initargs)

    def shutdown(self):
        pass

    def join(self, timeout=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def list(self, sequence=()):
        return list(sequence)

    def dict(self, *args, **kwargs):
        return dict(*args, **kwargs)

    def Namespace(self, **kwargs):
        return SimpleNamespace(**kwargs)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)

    Lock = staticmethod(Lock)
    RLock = staticmethod(RLock)
    Condition = staticmethod(Condition)
    Semaphore = staticmethod(Semaphore)
    BoundedSemaphore = staticmethod(BoundedSemaphore)
    Event = staticmethod(Event)
    Barrier = staticmethod(Barrier)


BaseManager = SyncManager


def Manager(*, ctx=None):
    m = SyncManager()
    m.start()
    return m
