# asyncio TaskGroup, timeouts, wait/wait_for/as_completed/shield, Runner,
# run_until_complete and loop-level helpers (CPython 3.11 semantics).
import asyncio


async def step(name, n, result=None):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return result if result is not None else name


async def fail_after(n, exc):
    for _ in range(n):
        await asyncio.sleep(0)
    raise exc


async def taskgroups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(step("a", 2))
        b = tg.create_task(step("b", 3), name="bee")
        print("inside", repr(tg).startswith("<TaskGroup"))
    print(a.result(), b.result(), b.get_name())

    # the first failure cancels the siblings; errors leave as an ExceptionGroup
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("c", 5))
            tg.create_task(fail_after(1, ValueError("v")))
            tg.create_task(fail_after(1, KeyError("k")))
    except* ValueError as eg:
        print("ValueError group", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyError group", [repr(e) for e in eg.exceptions])

    # an error in the body cancels the tasks too
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(step("d", 5))
            await asyncio.sleep(0)
            raise RuntimeError("body")
    except* RuntimeError as eg:
        print("body group", [repr(e) for e in eg.exceptions], t.cancelled())

    tg = asyncio.TaskGroup()
    c = step("x", 1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    async with tg:
        pass
    c = step("x", 1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()


async def timeouts():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), cm.when())
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0)
    print(cm.expired(), repr(cm))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_at in the past")

    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(step("w", 2), 10))
    print(await asyncio.wait_for(step("n", 1), None))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0)
    except TimeoutError as e:
        print("wait_for 0", type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)


async def waits():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(step(f"t{i}", i + 1)) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    slow = asyncio.create_task(asyncio.sleep(10))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print(len(done), len(pending))
    slow.cancel()
    bad = asyncio.create_task(fail_after(1, OSError("o")))
    other = asyncio.create_task(step("o", 4))
    done, pending = await asyncio.wait([bad, other], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(bad.exception()))
    await other
    for bad_arg in ([], 42):
        try:
            await asyncio.wait(bad_arg)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

    results = []
    for fut in asyncio.as_completed([asyncio.sleep(0.05, "slow"), asyncio.sleep(0, "fast")]):
        results.append(await fut)
    print(results)

    inner = asyncio.create_task(step("shielded", 3))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)

    # loop.run_in_executor and to_thread run the function and deliver its result
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(lambda x, y=0: x * y, 6, y=7))

    # gather of the same coroutine twice awaits it once
    c = step("same", 1)
    print(await asyncio.gather(c, c))


async def counter(n):
    total = 0
    for i in range(n):
        total += i
        if i % 10 == 0:
            await asyncio.sleep(0)
    return total


def runners():
    with asyncio.Runner() as runner:
        print(runner.run(counter(100)))
        print(runner.run(counter(50)))
        loop = runner.get_loop()
        print(loop.is_closed())
    print(loop.is_closed())
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(loop.run_until_complete(asyncio.gather(counter(10), counter(20))))
    t = loop.create_task(counter(5))
    print(loop.run_until_complete(t), t.done())
    loop.call_soon(print, "callback", 1)
    loop.call_later(0.001, loop.stop)
    loop.run_forever()
    try:
        loop.run_until_complete(fail_after(0, ZeroDivisionError("z")))
    except ZeroDivisionError as e:
        print("raised", repr(e))
    loop.close()


async def leftover():
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("leftover task cancelled at shutdown")
            raise
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "returned"


async def main():
    await taskgroups()
    await timeouts()
    await waits()

asyncio.run(main())
runners()
print(asyncio.run(leftover()))
