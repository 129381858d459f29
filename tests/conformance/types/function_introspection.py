def f(a, b=1, *c, d, e=2, **g):
    x = a
    return x
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
print(f.__defaults__, f.__kwdefaults__, f.__name__)
print(callable(f), type(f).__name__, f.__globals__ is globals())
def g(): 
    yield 1
print(type(g).__name__, type(g()).__name__)
async def h(): pass
co = h()
print(type(h).__name__, type(co).__name__)
co.close()
import functools
p = functools.partial(f, 1)
print(type(p).__name__, p(d=3))
print((lambda: 0).__code__.co_name)
