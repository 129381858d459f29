import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=2):
    "adds"
    return a + b
add(1)
add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(3, 4))

def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))

def tag(t):
    return lambda f: lambda *a: f"<{t}>{f(*a)}</{t}>"
@tag("b")
@tag("i")
def text(s):
    return s
print(text("x"))
order = []
def mark(name):
    order.append("eval " + name)
    def d(f):
        order.append("apply " + name)
        return f
    return d
@mark("outer")
@mark("inner")
def target(): pass
print(order)
def register(registry):
    def d(cls):
        registry[cls.__name__] = cls
        return cls
    return d
reg = {}
@register(reg)
class Foo: pass
print(list(reg), reg["Foo"] is Foo)
@lambda f: f()
def immediate():
    return "ran at def"
print(immediate)
class Memo:
    def __init__(self, f):
        self.f = f; self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Memo
def sq(x): return x * x
sq(2); sq(3)
print(sq.calls)
