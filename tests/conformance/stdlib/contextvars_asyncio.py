import asyncio
import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar('request_id', default='none')
depth = ContextVar('depth')


async def handler(n):
    request_id.set('req-%d' % n)
    await asyncio.sleep(0)
    await inner(n)
    return request_id.get()


async def inner(n):
    await asyncio.sleep(0)
    print('inner', n, request_id.get(), depth.get('unset'))


async def main():
    depth.set(1)
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request_id.get())
    t = asyncio.create_task(handler(9))
    print(await t, request_id.get())
    ctx = copy_context()
    ctx.run(request_id.set, 'in-ctx')
    t2 = asyncio.create_task(inner(10), context=ctx)
    await t2
    print(request_id.get())


if __name__ == '__main__':
    print(request_id.get(), request_id.name)
    try:
        depth.get()
    except LookupError as e:
        print('LookupError', type(e).__name__)
    tok = request_id.set('top')
    print(request_id.get(), tok.var is request_id, tok.old_value)
    request_id.reset(tok)
    print(request_id.get())
    try:
        request_id.reset(tok)
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' at ')[0])
    ctx = copy_context()
    def f(x):
        request_id.set(x)
        return request_id.get(), len(contextvars.copy_context())
    print(ctx.run(f, 'run'), request_id.get(), ctx[request_id], request_id in ctx, len(ctx), list(ctx.values()))
    try:
        ctx.run(ctx.run, f, 1)
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' is ')[0][:21])
    c2 = contextvars.Context()
    print(len(c2), c2.get(request_id, 'dflt'))
    tok2 = c2.run(request_id.set, 'c2')
    try:
        request_id.reset(tok2)
    except ValueError as e:
        print('ValueError', str(e).split(' was ')[1])
    asyncio.run(main())
    print(repr(contextvars.Token.MISSING), ContextVar[int])
