def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders()])
def outer(x):
    def mid():
        def inner():
            return x * 2
        return inner()
    return mid()
print(outer(21))
x = "global"
def shadow():
    x = "local"
    def f():
        return x
    return f()
print(shadow(), x)
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
