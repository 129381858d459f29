def g():
    x = yield 1
    print("x =", x)
    y = (yield x) + 10
    print("y =", y)
    yield y
it = g()
print(next(it))
print(it.send("hello"))
print(it.send(5))
def gen_in_args():
    print((yield), (yield))
    yield "end"
k = gen_in_args()
next(k)
k.send("first")
print(k.send("second"))
def yield_none():
    yield
    yield
print(list(yield_none()))
def lam_gen():
    f = lambda: (yield 5)
    return list(f())
print(lam_gen())
