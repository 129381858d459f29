def averager():
    total, count = 0, 0
    while True:
        term = yield (total / count if count else None)
        if term is None:
            return (count, total)
        total += term
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
def coro_pipeline(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item * 10)
def sink(out):
    while True:
        out.append((yield))
collected = []
s = sink(collected); next(s)
p = coro_pipeline(s); next(p)
for i in range(6):
    p.send(i)
print(collected)
