def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(101)))
g = count(2)
print(next(g), next(g), next(g, "end"))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("x"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
squares = (x * x for x in range(5))
print(list(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def gen_return():
    yield 1
    return "done"
def wrapper():
    r = yield from gen_return()
    yield r
print(list(wrapper()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
print(list(zip(count(3), "abc")), dict(enumerate(count(2))))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
