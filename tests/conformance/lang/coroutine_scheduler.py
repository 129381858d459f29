from collections import deque

class switch:
    def __await__(self):
        yield

class Scheduler:
    def __init__(self):
        self.q = deque()
        self.log = []
    def spawn(self, coro):
        self.q.append(coro)
    def run(self):
        while self.q:
            c = self.q.popleft()
            try:
                c.send(None)
                self.q.append(c)
            except StopIteration as e:
                self.log.append(e.value)

async def worker(name, n, out):
    for i in range(n):
        out.append(f"{name}{i}")
        await switch()
    return name + " done"

out = []
s = Scheduler()
s.spawn(worker("a", 3, out))
s.spawn(worker("b", 2, out))
s.spawn(worker("c", 1, out))
s.run()
print(out)
print(s.log)

async def agen_user():
    res = []
    async def agen():
        for i in range(3):
            yield i
            await switch()
    async for v in agen():
        res.append(v)
    return res
c = agen_user()
while True:
    try:
        c.send(None)
    except StopIteration as e:
        print("async for", e.value)
        break

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *a):
        print("aexit", a[0])
async def use():
    async with ACM() as r:
        print("inside", r)
    return "ok"
try:
    use().send(None)
except StopIteration as e:
    print(e.value)
