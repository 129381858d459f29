"""multiprocessing: CPython 3.11's process-pool API, run sequentially in this process.

coil has no fork and no second interpreter process. A Pool therefore runs every task
in the calling process, one after another, when the task is submitted:
map/imap/imap_unordered/starmap return the same results in the same order as CPython
(imap_unordered yields in input order, one of the orders CPython may produce),
apply_async/map_async/starmap_async return AsyncResult objects that are already
ready (callbacks run at submission), and errors raised by a task are raised by get()
(or by map() itself) as in CPython. Process.start() runs the target to completion
before it returns; exitcode is 0, or 1 when the target raised (its traceback is
printed to stderr with CPython's "Process NAME:" line). Queue, Lock, Event, Value,
Array and Manager objects are plain in-process objects.

What differs from CPython: tasks share this process's memory (a task that mutates a
global changes it for the caller; under CPython the change stays in the worker),
arguments and results are not pickled (so lambdas and local functions work where
CPython raises PicklingError), and nothing runs in parallel. cpu_count() reports the
machine's CPUs as CPython does.
"""

import os as _os
import sys as _sys

from multiprocessing.context import (
    ProcessError, BufferTooShort, TimeoutError, AuthenticationError,
    Process, current_process, parent_process, active_children, cpu_count,
    freeze_support, get_context, get_start_method, set_start_method,
    get_all_start_methods, set_executable, set_forkserver_preload,
    get_logger, log_to_stderr, allow_connection_pickling,
)
from multiprocessing.pool import Pool, ThreadPool
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.synchronize import (
    Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier,
)
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from multiprocessing.managers import Manager
from multiprocessing.connection import Pipe

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
    'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool',
    'Process', 'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore',
    'SimpleQueue', 'TimeoutError', 'Value', 'active_children',
    'allow_connection_pickling', 'cpu_count', 'current_process', 'freeze_support',
    'get_all_start_methods', 'get_context', 'get_logger', 'get_start_method',
    'log_to_stderr', 'parent_process', 'set_executable', 'set_forkserver_preload',
    'set_start_method',
]

SUBDEBUG = 5
SUBWARNING = 25
