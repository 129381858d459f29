"""concurrent.futures: Future, executors, wait and as_completed, run in this process.

coil has no threads or worker processes: ThreadPoolExecutor and ProcessPoolExecutor
run each submitted call to completion inside submit() (Executor.map calls them in
order when map() is called, as CPython submits them all at once), so every Future
they return is already done. Results, exceptions (raised by result() or by the map
iterator), callbacks and the module's functions behave as CPython's; nothing runs in
parallel, and ProcessPoolExecutor's tasks share this process's memory.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
    'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
    'ProcessPoolExecutor', 'ThreadPoolExecutor',
)
