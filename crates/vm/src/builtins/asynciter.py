# The builtins aiter() and anext(), written in Python (run into builtins at start-up).


def _make():
    missing = object()

    def aiter(async_iterable, /):
        t = type(async_iterable)
        if not hasattr(t, '__aiter__'):
            raise TypeError("'%s' object is not an async iterable" % t.__name__)
        it = t.__aiter__(async_iterable)
        if not hasattr(type(it), '__anext__'):
            raise TypeError("aiter() returned not an async iterator of type '%s'"
                            % type(it).__name__)
        return it

    async def anext_default(awaitable, default):
        try:
            return await awaitable
        except StopAsyncIteration:
            return default

    def anext(aiterator, default=missing, /):
        t = type(aiterator)
        if not hasattr(t, '__anext__'):
            raise TypeError("'%s' object is not an async iterator" % t.__name__)
        awaitable = t.__anext__(aiterator)
        if default is missing:
            return awaitable
        return anext_default(awaitable, default)

    for f in (aiter, anext):
        f.__qualname__ = f.__name__
        f.__module__ = 'builtins'
    return aiter, anext


aiter, anext = _make()
del _make
