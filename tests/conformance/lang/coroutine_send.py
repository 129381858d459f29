import types
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
c = compute()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Yielder:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got * 2
async def driver():
    a = await Yielder("first")
    b = await Yielder("second")
    return a + b
d = driver()
print(d.send(None))
print(d.send(5))
try:
    d.send(7)
except StopIteration as e:
    print("done", e.value)

@types.coroutine
def sleep0():
    yield "tick"
async def ticker(n):
    for i in range(n):
        await sleep0()
    return n
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value
print(run(ticker(3)))
async def fails():
    raise ValueError("in coro")
try:
    fails().send(None)
except ValueError as e:
    print(type(e).__name__, e)
co = add(1, 2)
co.close()
print("closed coroutine")
