total = 0
errors = 0
for i in range(200):
    try:
        total += 100 // (i % 10)
    except ZeroDivisionError:
        errors += 1
print(total, errors)
d = {i: i for i in range(0, 100, 3)}
hits = misses = 0
for i in range(100):
    try:
        hits += d[i]
    except KeyError:
        misses += 1
print(hits, misses)
def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            out.append(-1)
        finally:
            pass
    return out
print(parse_all(["1", "x", "3", "", "5"] * 4)[:10])
count = 0
for i in range(50):
    try:
        if i % 7 == 0:
            raise StopIteration(i)
        count += 1
    except StopIteration as e:
        count += e.value
print(count)
