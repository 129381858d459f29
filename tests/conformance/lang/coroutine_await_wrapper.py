# coroutine.__await__(): an iterator over the coroutine, usable by generator-based
# awaitables and by hand.
import types


@types.coroutine
def suspend(v):
    return (yield v)


async def work(n):
    total = 0
    for i in range(n):
        total += await suspend(i)
    return total


class Wrapped:
    """An awaitable that delegates to a coroutine through __await__()."""

    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        result = yield from self.coro.__await__()
        return ("wrapped", result)


async def main():
    r = await Wrapped(work(3))
    return r


c = main()
sent = []
try:
    v = c.send(None)
    while True:
        sent.append(v)
        v = c.send(v * 10)
except StopIteration as e:
    print(sent, e.value)

w = work(2).__await__()
print(type(w).__name__, next(w), w.send(5))
try:
    w.send(7)
except StopIteration as e:
    print("done", e.value)

w2 = work(5).__await__()
print(next(w2), iter(w2) is w2, w2.send(1))
w2.close()
try:
    next(w2)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration")

w3 = work(2).__await__()
next(w3)
try:
    w3.throw(ValueError("into coroutine"))
except ValueError as e:
    print("ValueError:", e)
