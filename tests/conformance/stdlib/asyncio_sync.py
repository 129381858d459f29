# asyncio's synchronization primitives and queues: who runs when, in CPython's order.
import asyncio


async def lock_demo():
    lock = asyncio.Lock()
    print(lock.locked())

    async def user(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0)
            print("out", i)
    await asyncio.gather(*(user(i) for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await lock.acquire())
    lock.release()

    # a cancelled waiter gives its turn to the next one
    await lock.acquire()
    order = []

    async def waiter(i):
        try:
            async with lock:
                order.append(i)
        except asyncio.CancelledError:
            order.append(f"cancelled {i}")
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order)


async def event_demo():
    ev = asyncio.Event()
    print(ev.is_set())

    async def waiter(i):
        print("waiting", i)
        print("woke", i, await ev.wait())
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print("set done")
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())


async def condition_demo():
    cond = asyncio.Condition()
    items = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "got", items.pop(0))

    ts = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in "abc":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)

    async def all_waiter(i):
        async with cond:
            await cond.wait()
            print("notified", i)
    ts = [asyncio.create_task(all_waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)


async def semaphore_demo():
    sem = asyncio.Semaphore(2)

    async def user(i):
        async with sem:
            print("sem in", i, sem.locked())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print("sem out", i)
    await asyncio.gather(*(user(i) for i in range(5)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)


async def barrier_demo():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)

    async def party(i):
        print("arrive", i)
        idx = await barrier.wait()
        print("pass", i, idx)
    await asyncio.gather(*(party(i) for i in range(3)))
    print(barrier.n_waiting)


async def queue_demo():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())

    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, q.qsize())
        await q.put(None)

    async def consumer():
        while True:
            x = await q.get()
            print("got", x)
            q.task_done()
            if x is None:
                break
    await asyncio.gather(producer(), consumer())
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(str(q))
    q.get_nowait()
    q.get_nowait()
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in range(4):
        await lq.put(x)
    print([await lq.get() for _ in range(4)])

    # join waits for every task_done
    work = asyncio.Queue()
    for i in range(4):
        work.put_nowait(i)

    async def worker(name):
        while True:
            item = await work.get()
            print(name, "item", item)
            await asyncio.sleep(0)
            work.task_done()
    ws = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await work.join()
    print("joined")
    for w in ws:
        w.cancel()
    print([type(r).__name__ for r in await asyncio.gather(*ws, return_exceptions=True)])


async def main():
    await lock_demo()
    await event_demo()
    await condition_demo()
    await semaphore_demo()
    await barrier_demo()
    await queue_demo()

asyncio.run(main())
