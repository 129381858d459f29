import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(("sq", x))
    return x * x
calls.clear()
sq(1); sq(2); sq(1); sq(3); sq(2)
print(calls, sq.cache_info())
@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info().currsize)
@functools.lru_cache
def kw(a, b=1):
    calls.append(("kw", a, b))
    return a + b
calls.clear()
kw(1); kw(1); kw(1, b=1); kw(a=1)
print(len(calls))
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
