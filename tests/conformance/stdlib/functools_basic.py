import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a + [b], "abc", []))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
print(square(5), cube_mod(4), square.func is power, square.args, square.keywords)
p = functools.partial(int, base=2)
print(p("1010"), p("11", base=10))
pp = functools.partial(functools.partial(max, 1), 5)
print(pp(3), pp.args)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def documented(x):
    "the doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))
