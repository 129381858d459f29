# async generators left suspended are closed by asyncio.run() at shutdown (the
# firstiter hook of sys.set_asyncgen_hooks records them); a hook set by the program
# sees each async generator once, on its first iteration
import asyncio, sys
async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"{name} finally")
async def main():
    g = ticker("kept", 5)
    print(await g.__anext__(), await g.__anext__())
    print("main done")
    return g
g = asyncio.run(main())
print("after run", sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=lambda agen: seen.append(agen.__name__))
async def manual():
    a = ticker("manual", 3)
    print(await a.asend(None), seen)
    print(await a.__anext__(), seen)
    await a.aclose()
    b = ticker("other", 1)
    await b.aclose()
    print(seen)
loop = asyncio.new_event_loop()
coro = manual()
try:
    coro.send(None)
    while True:
        coro.send(None)
except StopIteration:
    pass
print(sys.get_asyncgen_hooks().firstiter is not None)
sys.set_asyncgen_hooks(None, None)
