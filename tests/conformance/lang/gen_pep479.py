def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def bad2():
    it = iter([])
    yield next(it)
try:
    for x in bad2():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
def ok():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(ok()))
g = (next(iter([])) for _ in range(1))
try:
    list(g)
except RuntimeError as e:
    print("genexp", type(e).__name__, e)
