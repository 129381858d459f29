"""iscoroutine / iscoroutinefunction and the coroutine repr used by task reprs."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import types

_is_coroutine = object()
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_known_coro_types = {types.CoroutineType}


def iscoroutinefunction(func):
    """True for an `async def` function (through methods and partials)."""
    while True:
        if getattr(func, '_is_coroutine', None) is _is_coroutine:
            return True
        inner = getattr(func, '__func__', None)
        if inner is not None:
            func = inner
            continue
        if type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
            continue
        break
    code = getattr(func, '__code__', None)
    if code is None or not isinstance(func, types.FunctionType):
        return False
    return bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for a coroutine object (native or a collections.abc.Coroutine)."""
    t = type(obj)
    if t in _known_coro_types:
        return True
    if isinstance(obj, collections.abc.Coroutine):
        if len(_known_coro_types) < 100:
            _known_coro_types.add(t)
        return True
    return False


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    frame = getattr(coro, 'cr_frame', None)
    code = getattr(coro, 'cr_code', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        code = getattr(coro, 'gi_code', None)
    if code is None:
        return name
    filename = code.co_filename
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
