"""multiprocessing.context: errors, Process (run in-process at start()), cpu_count,
start methods and the context object (see the package docstring)."""

import os as _os
import sys as _sys


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_counter = [0]
_children = []


class BaseProcess:
    """A process whose start() runs run() to completion in this process."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        _counter[0] += 1
        self._identity = (_counter[0],)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name if name is not None else 'Process-%d' % _counter[0]
        self._daemonic = bool(daemon) if daemon is not None else False
        self._popen = None
        self._exitcode = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._closed:
            raise ValueError('process object is closed')
        assert self._popen is None, 'cannot start a process twice'
        self._popen = True
        _children.append(self)
        prev = _current[0]
        _current[0] = self
        try:
            self.run()
            code = 0
        except SystemExit as e:
            c = e.code
            if c is None:
                code = 0
            elif isinstance(c, int):
                code = c
            else:
                _sys.stderr.write(str(c) + '\n')
                code = 1
        except BaseException:
            import traceback
            _sys.stderr.write('Process %s:\n' % self._name)
            traceback.print_exc()
            code = 1
        finally:
            _current[0] = prev
        _sys.stdout.flush()
        self._exitcode = code

    def join(self, timeout=None):
        if self._closed:
            raise ValueError('process object is closed')
        assert self._popen is not None, 'can only join a started process'
        if self in _children:
            _children.remove(self)

    def terminate(self):
        pass

    def kill(self):
        pass

    def close(self):
        if self._popen is not None and self._exitcode is None:
            raise ValueError('Cannot close a process while it is still running. '
                             'You should first call join() or terminate().')
        self._closed = True

    def is_alive(self):
        if self is _main:
            return True
        return False

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        return self._exitcode

    @property
    def ident(self):
        if self is _main:
            return _os.getpid()
        return None if self._popen is None else _os.getpid()

    pid = ident

    @property
    def authkey(self):
        return b''

    @property
    def sentinel(self):
        raise ValueError('process not started')

    def __repr__(self):
        if self is _main:
            status = 'started'
        elif self._popen is None:
            status = 'initial'
        elif self._exitcode is not None:
            status = 'stopped'
        else:
            status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        info.append('parent=%s' % _os.getpid())
        if self._popen is None and self is not _main:
            info.pop()
        info.append(status)
        if self._exitcode is not None and self._exitcode != 0:
            info.append('exitcode=%s' % self._exitcode)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._target = None
        self._args = ()
        self._kwargs = {}


_main = _MainProcess()
_current = [_main]


def current_process():
    return _current[0]


def parent_process():
    return None if _current[0] is _main else _main


def active_children():
    return [p for p in _children if p.is_alive()]


def cpu_count():
    num = _os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def freeze_support():
    pass


_start_method = [None]


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_start_method(allow_none=False):
    if _start_method[0] is None and not allow_none:
        _start_method[0] = 'fork'
    return _start_method[0]


def set_start_method(method, force=False):
    if _start_method[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    _start_method[0] = method


def set_executable(executable):
    pass


def set_forkserver_preload(module_names):
    pass


def allow_connection_pickling():
    pass


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    if level:
        logger.setLevel(level)
    return logger


class BaseContext:
    """The object get_context() returns: the package's API under one name."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method=None):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name or get_start_method(allow_none)

    def __getattr__(self, name):
        import multiprocessing
        try:
            return getattr(multiprocessing, name)
        except AttributeError:
            raise AttributeError("%r object has no attribute %r"
                                 % (type(self).__name__, name)) from None


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return BaseContext(method)
