def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
inc2, get2 = counter()
print(get2(), get())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return mid(), x
print(outer())
def cells():
    a = 1
    def f(): return a
    a = 2
    return f
print(cells()())
print(cells().__closure__[0].cell_contents)
def late():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def acc():
    data = []
    def add(v):
        data.append(v)
        return len(data)
    return add
a = acc()
a(1); a(2)
print(a(3))
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
