def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def ret():
    yield 1
    return "value"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration", e.value)
def empty():
    return
    yield
print(list(empty()))
def multi():
    x = yield
    y = yield x * 2
    yield x + y
m = multi()
next(m)
print(m.send(5), m.send(10))
print(sum(x * x for x in range(10)))
