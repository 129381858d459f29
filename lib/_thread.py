"""_thread: the low-level thread API over lib/threading.py's one-thread model
(start_new_thread runs the function to completion before it returns)."""

import threading as _threading

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading.Lock
RLock = _threading.RLock
allocate_lock = allocate = _threading.Lock
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading.local


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    t = _threading.Thread(target=function, args=args, kwargs=kwargs or {}, daemon=True)
    t.start()
    return t.ident


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def _count():
    return _threading.active_count() - 1
