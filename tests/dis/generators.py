def gen(n):
    yield 0
    x = yield
    yield from range(n)
    return x


squares = [i * i for i in range(10) if i % 2]
pairs = {k: v for k, v in zip("ab", [1, 2])}
unique = {c for row in [[1], [2, 3]] for c in row}
lazy = (n + 1 for n in squares)


async def agen(src):
    async with src as s:
        async for item in s:
            yield await item


async def collect(src):
    return [x async for x in src]
