import functools


def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    "The docstring."
    count = 0

    def inner(x: int = 1) -> int:
        nonlocal count
        count += x
        return count + a

    return inner, lambda y: y * count


@functools.lru_cache(maxsize=None)
def cached(n):
    global hits
    hits = n
    return cached(n - 1) if n else 0


def calls(f, xs, kws):
    f(1, *xs, k=2, **kws)
    f(*xs)
    xs.append(3)
    return f(x=1, y=2)
