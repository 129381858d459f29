"""The event loop: ready queue, timer heap, run_forever/run_until_complete
(asyncio.base_events). coil's loop has no selector: it sleeps until the next
timer, and everything that needs sockets, pipes or signals raises
NotImplementedError naming the feature."""

__all__ = ('BaseEventLoop', 'Server')

import collections
import heapq
import sys
import time
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


def _no_io(feature):
    raise NotImplementedError(f"coil's asyncio has no I/O support: {feature}")


class Server(events.AbstractServer):
    def __init__(self, *args, **kwargs):
        _no_io('servers')


class BaseEventLoop(events.AbstractEventLoop):
    """A selector-free event loop: callbacks, timers and tasks."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Nothing to shut down: coil runs executor jobs on the loop itself."""
        self._executor_shutdown_called = True

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        hooks = getattr(sys, 'get_asyncgen_hooks', None)
        old_agen_hooks = hooks() if hooks is not None else None
        try:
            self._thread_id = 1
            if old_agen_hooks is not None:
                sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                       finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_agen_hooks is not None:
                sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def run_in_executor(self, executor, func, *args):
        """coil has no threads: func runs on the loop, in a callback, soon."""
        self._check_closed()
        fut = self.create_future()

        def run():
            if fut.cancelled():
                return
            try:
                result = func(*args)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(result)
        self.call_soon(run)
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # Everything below needs a selector, sockets, pipes or signals.
    async def getaddrinfo(self, *args, **kwargs):
        _no_io('getaddrinfo')

    async def getnameinfo(self, *args, **kwargs):
        _no_io('getnameinfo')

    async def create_connection(self, *args, **kwargs):
        _no_io('create_connection (sockets)')

    async def create_server(self, *args, **kwargs):
        _no_io('create_server (sockets)')

    async def create_datagram_endpoint(self, *args, **kwargs):
        _no_io('create_datagram_endpoint (sockets)')

    async def create_unix_connection(self, *args, **kwargs):
        _no_io('create_unix_connection (sockets)')

    async def create_unix_server(self, *args, **kwargs):
        _no_io('create_unix_server (sockets)')

    async def connect_accepted_socket(self, *args, **kwargs):
        _no_io('connect_accepted_socket (sockets)')

    async def sock_recv(self, *args, **kwargs):
        _no_io('sock_recv (sockets)')

    async def sock_sendall(self, *args, **kwargs):
        _no_io('sock_sendall (sockets)')

    async def sock_connect(self, *args, **kwargs):
        _no_io('sock_connect (sockets)')

    async def sock_accept(self, *args, **kwargs):
        _no_io('sock_accept (sockets)')

    async def sendfile(self, *args, **kwargs):
        _no_io('sendfile')

    async def start_tls(self, *args, **kwargs):
        _no_io('start_tls')

    async def connect_read_pipe(self, *args, **kwargs):
        _no_io('connect_read_pipe (pipes)')

    async def connect_write_pipe(self, *args, **kwargs):
        _no_io('connect_write_pipe (pipes)')

    async def subprocess_shell(self, *args, **kwargs):
        _no_io('subprocess_shell (subprocesses)')

    async def subprocess_exec(self, *args, **kwargs):
        _no_io('subprocess_exec (subprocesses)')

    def add_reader(self, *args, **kwargs):
        _no_io('add_reader (file descriptors)')

    def remove_reader(self, *args, **kwargs):
        _no_io('remove_reader (file descriptors)')

    def add_writer(self, *args, **kwargs):
        _no_io('add_writer (file descriptors)')

    def remove_writer(self, *args, **kwargs):
        _no_io('remove_writer (file descriptors)')

    def add_signal_handler(self, *args, **kwargs):
        _no_io('add_signal_handler (signals)')

    def remove_signal_handler(self, *args, **kwargs):
        _no_io('remove_signal_handler (signals)')

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Log the context's message (and exception) to the 'asyncio' logger."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        import logging
        logging.getLogger('asyncio').error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    def _run_once(self):
        """One loop iteration: drop cancelled timers, wait for the first one if
        nothing is ready, move due timers to the ready queue, run the callbacks
        that were ready when the iteration started."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            if scheduled:
                timeout = min(max(0, scheduled[0]._when - self.time()),
                              MAXIMUM_SELECT_TIMEOUT)
                if timeout > 0:
                    time.sleep(timeout)
            else:
                raise RuntimeError(
                    "coil's asyncio loop would wait forever: no callback is ready, "
                    "no timer is scheduled and there is no I/O support")

        if scheduled:
            end_time = self.time() + self._clock_resolution
            while scheduled:
                handle = scheduled[0]
                if handle._when >= end_time:
                    break
                handle = heapq.heappop(scheduled)
                handle._scheduled = False
                ready.append(handle)

        ntodo = len(ready)
        popleft = ready.popleft
        for _ in range(ntodo):
            handle = popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
