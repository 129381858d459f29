"""Signal numbers and handlers (CPython 3.11's `signal`), as far as coil supports
them: the constants, Signals/Handlers enums, getsignal, default_int_handler (Ctrl-C
raises KeyboardInterrupt), and signal() for SIGINT with SIG_DFL or
default_int_handler. Installing any other handler, alarm(), setitimer() and
pthread_kill() raise NotImplementedError naming the missing feature: coil has no
asynchronous signal delivery to Python code."""

from enum import IntEnum as _IntEnum

__all__ = ['SIG_DFL', 'SIG_IGN', 'NSIG', 'Signals', 'Handlers', 'Sigmasks',
           'default_int_handler', 'getsignal', 'signal', 'strsignal',
           'valid_signals', 'raise_signal', 'alarm', 'pause']

_NUMBERS = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5,
    'SIGABRT': 6, 'SIGIOT': 6, 'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9,
    'SIGUSR1': 10, 'SIGSEGV': 11, 'SIGUSR2': 12, 'SIGPIPE': 13, 'SIGALRM': 14,
    'SIGTERM': 15, 'SIGSTKFLT': 16, 'SIGCHLD': 17, 'SIGCONT': 18, 'SIGSTOP': 19,
    'SIGTSTP': 20, 'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24,
    'SIGXFSZ': 25, 'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29,
    'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64,
}

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
    14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
    23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}

Signals = _IntEnum('Signals', [(k, v) for k, v in _NUMBERS.items()],
                   module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)],
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1),
                                 ('SIG_SETMASK', 2)], module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _unsupported(what):
    return NotImplementedError(
        "%s is not supported by coil (no asynchronous signal delivery)" % what)


def _enum(value, cls):
    try:
        return cls(value)
    except ValueError:
        return value


def getsignal(signalnum, /):
    return _enum(_handlers[_check(signalnum)], Handlers)


def signal(signalnum, handler, /):
    signalnum = _check(signalnum)
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, "
                        "signal.SIG_DFL, or a callable object")
    old = _handlers[signalnum]
    if handler is _handlers[signalnum] or handler == old:
        return _enum(old, Handlers)
    if signalnum == 2 and handler in (default_int_handler, SIG_DFL):
        _handlers[2] = handler
        return _enum(old, Handlers)
    raise _unsupported("signal.signal(%s, %r)" % (
        _enum(signalnum, Signals).name if isinstance(_enum(signalnum, Signals), Signals)
        else signalnum, handler))


def strsignal(signalnum, /):
    signalnum = _check(signalnum)
    if signalnum in _DESCRIPTIONS:
        return _DESCRIPTIONS[signalnum]
    if 34 <= signalnum <= 64:
        return 'Real-time signal %d' % (signalnum - 34)
    return None


def valid_signals():
    return {_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    signalnum = _check(signalnum)
    h = _handlers[signalnum]
    if signalnum == 2 and h is default_int_handler:
        raise KeyboardInterrupt
    raise _unsupported("signal.raise_signal(%d)" % signalnum)


def alarm(seconds, /):
    raise _unsupported("signal.alarm")


def pause():
    raise _unsupported("signal.pause")


def setitimer(which, seconds, interval=0.0, /):
    raise _unsupported("signal.setitimer")


def getitimer(which, /):
    return (0.0, 0.0)


def pthread_kill(thread_id, signalnum, /):
    raise _unsupported("signal.pthread_kill")


def pthread_sigmask(how, mask, /):
    raise _unsupported("signal.pthread_sigmask")


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    if fd != -1:
        raise _unsupported("signal.set_wakeup_fd")
    return -1
