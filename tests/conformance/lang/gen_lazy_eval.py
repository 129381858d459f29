def src():
    for i in range(3):
        print("produce", i)
        yield i
def sq(it):
    for v in it:
        print("square", v)
        yield v * v
for v in sq(src()):
    print("consume", v)
g = (print("first iterable evaluated") or range(2) for _ in [0])
print("created")
print(list(next(g)))
def early():
    print("body starts only on next")
    yield
e = early()
print("made generator")
next(e)
