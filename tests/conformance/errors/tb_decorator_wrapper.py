import functools
def checked(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        for a in args:
            if a < 0:
                raise ValueError(f"{fn.__name__}: negative argument {a}")
        return fn(*args)
    return wrapper
@checked
def sqrt_int(n):
    return int(n ** 0.5)
print(sqrt_int(17))
print(sqrt_int(-4))
