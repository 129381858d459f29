"""coroutines / generators / async generators benchmark."""
import asyncio
import time
import types


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run_coro(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


@types.coroutine
def suspend(value):
    got = yield value
    return got


async def uses_suspend():
    a = await suspend(1)
    b = await suspend(2)
    return a + b


async def agen(n):
    try:
        for i in range(n):
            try:
                yield i
            except ValueError as e:
                yield ('caught', str(e))
    finally:
        print("agen finally")


async def agen_main():
    out = []
    async for x in agen(3):
        out.append(x)
    print(out)
    g = agen(5)
    print(await g.__anext__(), await g.asend(None))
    print(await g.athrow(ValueError('boom')))
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen(3)
    await g2.asend(None)
    try:
        await g2.athrow(KeyError('k'))
    except KeyError as e:
        print("propagated", e)
    print([x async for x in agen(2)])
    print(sum([x * 2 async for x in agen(4) if x % 2]))

    async def ticker(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    print([i async for i in ticker(3)])
    g3 = ticker(10)
    print(await anext(g3), await anext(g3))
    await g3.aclose()
    print(await anext(g3, 'default'))
    print(g3.ag_running, type(g3).__name__, g3.__name__)


def gen_pipeline(n):
    def numbers():
        for i in range(n):
            yield i

    def squares(seq):
        for x in seq:
            yield x * x

    def evens(seq):
        yield from (x for x in seq if x % 2 == 0)
    return sum(evens(squares(numbers())))


def coroutine_consumer():
    total = 0
    count = 0
    while True:
        try:
            value = yield total
        except GeneratorExit:
            print("consumer closed", count)
            raise
        if value is None:
            break
        total += value
        count += 1
    return total


if __name__ == "__main__":
    t0 = time.perf_counter()
    print(run_coro(fibonacci(15)))
    c = uses_suspend()
    print(c.send(None), c.send(10))
    try:
        c.send(20)
    except StopIteration as e:
        print("result", e.value)
    asyncio.run(agen_main())
    print(gen_pipeline(1000))
    cc = coroutine_consumer()
    next(cc)
    for v in range(5):
        r = cc.send(v)
    print(r)
    cc.close()
    cc = coroutine_consumer()
    next(cc)
    cc.send(3)
    try:
        cc.send(None)
    except StopIteration as e:
        print("returned", e.value)
    g = (i for i in range(3))
    print(next(g), list(g), g.gi_running, g.gi_frame)
    co = fibonacci(1)
    print(type(co).__name__, co.cr_running)
    co.close()
    try:
        co.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)

    def thrower():
        try:
            yield 1
        except KeyError:
            yield 'handled'
        yield 'after'
    t = thrower()
    next(t)
    print(t.throw(KeyError), next(t))
    assert time.perf_counter() >= t0
