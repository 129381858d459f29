# contextlib's async half: asynccontextmanager (normal exit, as a decorator),
# aclosing, AsyncExitStack with sync and async callbacks, AbstractAsyncContextManager.
import asyncio
import contextlib
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, AbstractAsyncContextManager

log = []

@asynccontextmanager
async def res(name, fail=False):
    log.append('open ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled %r in %s' % (e, name))
    finally:
        log.append('close ' + name)

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        log.append('agen closed')

class CM:
    async def __aenter__(self):
        log.append('CM enter'); return self
    async def __aexit__(self, *a):
        log.append('CM exit %s' % (a[0].__name__ if a[0] else None)); return False

async def main():
    async with res('a') as v:
        log.append(v)
    class Closable:
        async def aclose(self):
            log.append('agen closed')
    async with aclosing(Closable()) as g:
        log.append(type(g).__name__)
    async with AsyncExitStack() as st:
        a = await st.enter_async_context(res('s1'))
        st.enter_context(contextlib.nullcontext())
        st.callback(log.append, 'sync cb')
        async def acb(x):
            log.append('async cb ' + x)
        st.push_async_callback(acb, 'z')
        await st.enter_async_context(CM())
        log.append('in stack ' + a)
    st = AsyncExitStack()
    await st.enter_async_context(res('s2'))
    await st.aclose()
    try:
        async with AsyncExitStack() as st:
            await st.enter_async_context(CM())
            raise IndexError
    except IndexError:
        log.append('IndexError out')
    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        log.append(str(e))
    @res('deco')
    async def f(x):
        log.append('f %d' % x)
        return x * 2
    log.append(await f(21))
    print(isinstance(CM(), AbstractAsyncContextManager), issubclass(int, AbstractAsyncContextManager))

asyncio.run(main())
print('\n'.join(map(str, log)))
