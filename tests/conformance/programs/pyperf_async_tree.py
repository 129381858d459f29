"""async_tree benchmark: a tree of coroutines, gather, sleep(0), tasks, semaphores."""
import asyncio
import math
import random
import time
import argparse

NUM_RECURSE_LEVELS = 3
NUM_RECURSE_BRANCHES = 3
RANDOM_SEED = 0
IO_SLEEP_TIME = 0.0
MEMOIZABLE_PERCENTAGE = 90
CPU_PROBABILITY = 0.5
FACTORIAL_N = 50


class AsyncTree:
    def __init__(self, use_task_groups=False):
        self.cache = {}
        self.use_task_groups = use_task_groups
        random.seed(RANDOM_SEED)
        self.calls = 0

    async def mock_io_call(self):
        await asyncio.sleep(IO_SLEEP_TIME)

    async def workload_func(self):
        raise NotImplementedError

    async def recurse_with_gather(self, recurse_level):
        self.calls += 1
        if recurse_level == 0:
            await self.workload_func()
            return
        await asyncio.gather(
            *[self.recurse_with_gather(recurse_level - 1)
              for _ in range(NUM_RECURSE_BRANCHES)]
        )

    async def recurse_with_task_group(self, recurse_level):
        self.calls += 1
        if recurse_level == 0:
            await self.workload_func()
            return
        async with asyncio.TaskGroup() as tg:
            for _ in range(NUM_RECURSE_BRANCHES):
                tg.create_task(
                    self.recurse_with_task_group(recurse_level - 1))

    async def run(self):
        if self.use_task_groups:
            await self.recurse_with_task_group(NUM_RECURSE_LEVELS)
        else:
            await self.recurse_with_gather(NUM_RECURSE_LEVELS)


class NoneAsyncTree(AsyncTree):
    async def workload_func(self):
        return


class IOAsyncTree(AsyncTree):
    async def workload_func(self):
        await self.mock_io_call()


class MemoizationAsyncTree(AsyncTree):
    async def workload_func(self):
        data = random.randint(1, 100)
        if data <= MEMOIZABLE_PERCENTAGE:
            if self.cache.get(data):
                return data
            self.cache[data] = True
        await self.mock_io_call()
        return data


class CpuIoMixedAsyncTree(MemoizationAsyncTree):
    async def workload_func(self):
        if random.random() < CPU_PROBABILITY:
            return math.factorial(FACTORIAL_N)
        else:
            return await MemoizationAsyncTree.workload_func(self)


async def limited(sem, i, log):
    async with sem:
        log.append(('in', i))
        await asyncio.sleep(0)
        log.append(('out', i))
        return i * i


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item


async def misc():
    sem = asyncio.Semaphore(2)
    log = []
    res = await asyncio.gather(*(limited(sem, i, log) for i in range(5)))
    print(res)
    print(log)
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q, 10))
    total = await consumer(q)
    await p
    print("queue total", total)
    ev = asyncio.Event()

    async def waiter(name):
        await ev.wait()
        return name
    tasks = [asyncio.create_task(waiter(n)) for n in 'abc']
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*tasks))

    async def fail():
        await asyncio.sleep(0)
        raise ValueError("bad")
    r = await asyncio.gather(fail(), asyncio.sleep(0, result=5), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.001)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print(lock.locked())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 'fut-done')
    print(await fut)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, result=i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    for coro in asyncio.as_completed([asyncio.sleep(0, result='x')]):
        print(await coro)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--task-groups', action='store_true')
    args = parser.parse_args()
    for cls in (NoneAsyncTree, IOAsyncTree, MemoizationAsyncTree, CpuIoMixedAsyncTree):
        for tg in (False, True):
            t = cls(use_task_groups=tg or args.task_groups)
            t0 = time.perf_counter()
            asyncio.run(t.run())
            dt = time.perf_counter() - t0
            print(cls.__name__, tg, t.calls, len(t.cache))
    asyncio.run(misc())


if __name__ == "__main__":
    main()
