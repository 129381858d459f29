# Generators iterating generators and iterators they hold, across many collections.
def count(n):
    for i in range(n):
        yield [i, str(i)]

def pairs(n):
    it = iter(count(n))
    for a in it:
        yield (a[0], a[1] + "!")

def chain(*gens):
    for g in gens:
        yield from g

def tree(depth):
    if depth == 0:
        yield [depth]
        return
    yield from tree(depth - 1)
    yield [depth, "node"]
    yield from tree(depth - 1)

def holder(n):
    its = [iter([str(i) for i in range(k)]) for k in range(5)]
    for i in range(n):
        for it in its:
            for x in it:
                yield x + str(i)
        its = [iter([str(i) * 2 for i in range(k)]) for k in range(5)]

total = 0
for a, b in pairs(3000):
    total += a + len(b)
print("pairs", total)
print("chain", sum(len(x) for x in chain(count(500), count(700), pairs(300))))
print("tree", sum(len(x) for x in tree(10)))
g = (x * 2 for x in (y + 1 for y in range(2000)))
print("genexp", sum(g))
print("nested genexp", sum(len(s) for s in (str(a) + str(b) for a in range(60) for b in (c * 3 for c in range(a)))))
print("holder", len(list(holder(200))))
gens = [count(i) for i in range(50)]
acc = 0
for step in range(50):
    for g in gens:
        v = next(g, None)
        if v is not None:
            acc += v[0] + len(v[1])
print("interleaved", acc)
def accumulate():
    total = []
    while True:
        x = yield len(total)
        if x is None:
            return total
        total.append([x, str(x)])
a = accumulate()
next(a)
for i in range(2000):
    a.send(i)
try:
    a.send(None)
except StopIteration as e:
    print("send", len(e.value), e.value[-1])
