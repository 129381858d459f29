# asyncio basics: run, tasks, gather, sleep ordering, futures, cancellation,
# loop callbacks. Every ordering printed here is CPython's scheduling order.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2


async def failer(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def sleeper(delay, tag):
    await asyncio.sleep(delay)
    return tag


async def nested(depth):
    if depth == 0:
        return 1
    a, b = await asyncio.gather(nested(depth - 1), nested(depth - 1))
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
    print(asyncio.current_task().get_name())

    # gather interleaves at each sleep(0), results in argument order
    print(await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1)))
    print(await asyncio.gather())
    print(await nested(5))

    # exceptions: first one propagates; return_exceptions collects them
    try:
        await asyncio.gather(failer("boom"), worker("d", 3))
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(failer("x"), sleeper(0, "ok"), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])

    # create_task starts at the next loop iteration
    t = asyncio.create_task(worker("t", 2), name="mytask")
    print(t.get_name(), t.done())
    t.set_name("renamed")
    print(await t, t.done(), t.result(), t.get_name())

    # sleep with a real delay returns its result
    print(await asyncio.sleep(0.001, result="slept"))

    # timers fire in deadline order
    loop.call_later(0.02, print, "timer b")
    loop.call_later(0.01, print, "timer a")
    h = loop.call_later(0.015, print, "never")
    h.cancel()
    print("cancelled handle", h.cancelled())
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    print("before sleep")
    await asyncio.sleep(0.05)

    # futures
    fut = loop.create_future()
    print(repr(fut), fut.done())
    loop.call_soon(fut.set_result, 42)
    print(await fut, repr(fut))
    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    print(repr(fut), repr(fut.exception()))
    for bad in [1, StopIteration, StopIteration()]:
        try:
            loop.create_future().set_exception(bad)
        except TypeError as e:
            print("TypeError", e)
    f2 = loop.create_future()
    f2.add_done_callback(print)
    f2.add_done_callback(print)
    f2.add_done_callback(len)
    print(repr(f2))
    print(f2.remove_done_callback(print), repr(f2))
    t = asyncio.create_task(sleeper(10, "r"))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "FILE"))
    t.cancel()
    print(repr(t).replace(__file__, "FILE"))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "FILE"))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    fut.add_done_callback(lambda f: print("done callback", f.result()))
    fut.set_result("r")
    await asyncio.sleep(0)
    fut = loop.create_future()
    print(fut.cancel(), fut.cancelled(), fut.cancel(), repr(fut))
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))

    # cancelling a task
    t = asyncio.create_task(sleeper(10, "never"))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", t.cancelled(), e.args)

    async def catches():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cleanup in task")
            raise
    t = asyncio.create_task(catches())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

    # a task that swallows cancellation finishes normally
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # ensure_future, iscoroutine, isfuture
    c = worker("e", 1)
    print(asyncio.iscoroutine(c), asyncio.isfuture(c))
    f = asyncio.ensure_future(c)
    print(asyncio.isfuture(f), isinstance(f, asyncio.Task))
    print(await f)
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError", e)

    print(len(asyncio.all_tasks()))
    return "main done"


print(asyncio.run(main()))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(sleeper(0, "ruc")))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print(loop.run_until_complete(fut))
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped")
loop.close()
print(loop.is_closed())
c = sleeper(0, "x")
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)

async def outer():
    c = sleeper(0, "inner")
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
coro = sleeper(0, "y")
asyncio.run(outer())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
print(asyncio.run(coro))
