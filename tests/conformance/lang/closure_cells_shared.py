def make():
    fns = []
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    def reset():
        nonlocal x
        x = 0
    return inc, get, reset
inc, get, reset = make()
inc(); inc(); inc()
print(get())
reset()
print(get(), inc())
def loop_closures():
    res = []
    for i in range(3):
        def f(i=i): return i
        res.append(f)
    j = 0
    while j < 3:
        res.append(lambda: j)
        j += 1
    return [f() for f in res]
print(loop_closures())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        yield count
    return tick
t = counter_gen()
print(next(t()), next(t()), next(t()))
def class_in_closure(v):
    class K:
        value = v
        def get(self): return v * 2
    return K
K5 = class_in_closure(5)
print(K5.value, K5().get())
