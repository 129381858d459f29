"""multiprocessing.dummy: the multiprocessing API over threads (here: in-process)."""

from threading import (Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
                       Barrier, current_thread as current_process,
                       enumerate as _enumerate)
from threading import Thread as Process
from queue import Queue
from multiprocessing.pool import ThreadPool
from multiprocessing.connection import Pipe

JoinableQueue = Queue


def Pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


def active_children():
    return []


def freeze_support():
    pass


def Manager():
    import sys
    return sys.modules[__name__]
