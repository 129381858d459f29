# FOR_ITER over zip/enumerate directly followed by tuple unpacking (the interpreter pushes
# the items without building the tuple): results, errors and side effects stay CPython's.


def gen(n, log):
    for i in range(n):
        log.append(("gen", i))
        yield i * 10


xs = [1, 2, 3, 4]
ys = ["a", "b", "c"]
out = []
for a, b in zip(xs, ys):
    out.append((a, b))
print(out)

# Three-way zip over a list, a range and a generator; the shortest stops it.
log = []
for a, b, c in zip(range(5), xs, gen(3, log)):
    print(a, b, c)
print(log)

# Width mismatch: the tuple is still made and the unpack error is CPython's.
try:
    for a, b in zip(xs, ys, xs):
        pass
except ValueError as e:
    print("ValueError", e)

# strict=True: both error messages, and the fused path still raises them.
for args in ((xs, ys), (ys, xs), (xs, xs, ys)):
    try:
        for p, q, *r in [t for t in zip(*args, strict=True)]:
            pass
    except ValueError as e:
        print("ValueError", e)
    try:
        if len(args) == 2:
            for p, q in zip(*args, strict=True):
                pass
        else:
            for p, q, r in zip(*args, strict=True):
                pass
    except ValueError as e:
        print("ValueError", e)

# enumerate: start values, a big start, items from a generator, an exception inside.
for i, x in enumerate("xyz", start=-1):
    print(i, x)
for i, x in enumerate([5, 6], 2**62 - 1):
    print(i, x, type(i).__name__)
log = []
for i, x in enumerate(gen(2, log)):
    print(i, x)
print(log)
e = enumerate(xs)
for i, x in e:
    if i == 1:
        break
print(next(e), list(e))


def bad():
    yield 1
    raise KeyError("boom")


try:
    for i, x in enumerate(bad()):
        print("got", i, x)
except KeyError as err:
    print("KeyError", err)

try:
    for i, x, y in enumerate(xs):
        pass
except ValueError as err:
    print("ValueError", err)

# Unpacking into attributes and subscripts, and a long loop (hot counters).
class Box:
    pass


b = Box()
d = {}
total = 0
for b.k, d["v"] in zip(range(3000), range(0, 6000, 2)):
    total += b.k + d["v"]
print(total, b.k, d)
acc = 0
for i, (p, q) in enumerate(zip(range(2000), range(2000, 0, -1))):
    acc += i * p - q
print(acc)
