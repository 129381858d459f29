# async with / async for / await protocols driven by send(), without an event loop.
import types


def run(coro):
    """Drive a coroutine to completion, collecting what it yields to the 'loop'."""
    yielded = []
    while True:
        try:
            yielded.append(coro.send(None))
        except StopIteration as e:
            return yielded, e.value


@types.coroutine
def pause(tag):
    got = yield tag
    return got


class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await pause(("tick", self.i))
        self.i += 1
        return self.i * 10


async def consume():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append("else")
    return out

print(run(consume()))


class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        await pause(("enter", self.name))
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await pause(("exit", self.name, et.__name__ if et else None))
        return self.suppress


async def nested():
    log = []
    async with Resource("a") as a, Resource("b") as b:
        log.append(a + b)
    async with Resource("c", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("d"):
            raise ValueError("propagates")
    except ValueError as e:
        log.append(str(e))
    return log

print(run(nested()))


async def agen(n):
    for i in range(n):
        got = await pause(("agen", i))
        yield i, got


async def use_agen():
    res = [x async for x in agen(3)]
    squares = {i: i * i async for i, _ in agen(2)}
    return res, squares

print(run(use_agen()))


async def early_break():
    out = []
    async for i, _ in agen(5):
        if i == 2:
            break
        out.append(i)
    return out

print(run(early_break()))

# The value sent into the coroutine reaches the innermost yield.
c = use_agen()
print(c.send(None), c.send("x"), c.send("y"))
c.close()

# Errors of the protocols.
async def await_int():
    await 5

async def with_plain():
    async with object():
        pass

async def for_list():
    async for x in [1, 2]:
        pass

class BadAenter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

async def with_bad():
    async with BadAenter():
        pass

class AwaitReturnsList:
    def __await__(self):
        return [1, 2]

async def await_bad():
    await AwaitReturnsList()

for f in (await_int, with_plain, for_list, with_bad, await_bad):
    try:
        run(f())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

# A finished coroutine cannot be resumed.
async def one():
    return 1
co = one()
print(run(co))
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw() into a coroutine suspended in an await reaches the awaited generator.
async def catcher():
    try:
        await pause("waiting")
    except KeyError as e:
        return "caught " + repr(e)

co = catcher()
print(co.send(None))
try:
    co.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
print(type(co).__name__, co.cr_running, co.cr_await, co.cr_frame)
