def gen(n):
    for i in range(n):
        yield i * i
total = 0
for v in gen(500):
    total += v
print(total)
def nested(n):
    for i in range(n):
        yield from gen(i)
print(sum(nested(30)))
print(sum(x for x in range(1000) if x % 3 == 0))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
for _ in range(150):
    last = next(f)
print(last)
