# Generators whose loops get hot (their bodies are traced up to each yield) and loops
# that consume them: plain and filtering generators, generator expressions consumed by
# builtins inside hot loops, send/throw/close on generators suspended inside a compiled
# loop, exceptions raised in the middle of a generator's loop, StopIteration values
# (return in a generator, `yield from` results), and generators abandoned half-way.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x & 1 == 0:
            yield x


def scaled(it, k):
    for x in it:
        yield x * k + 0.5


def pipeline(n):
    s = 0
    for x in evens(count_up(n)):
        s = (s + x) & 0xFFFFFF
    t = 0.0
    for y in scaled(range(n), 3):
        t += y
    return s, t


def genexprs(n):
    acc = 0
    for i in range(n):
        row = range(i % 9)
        acc += sum(x * x for x in row)
        acc += len(set(x % 4 for x in row))
        acc += len(tuple(x for x in row if x & 1))
        if any(x > 6 for x in row):
            acc += 1
        if all(x < 5 for x in row):
            acc += 2
        acc += len("".join(str(x) for x in row))
        acc += max((x * 3 % 7 for x in row), default=-1)
    return acc


def with_return(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return total * 2


def delegate(n):
    got = yield from with_return(n)
    yield got


def stop_values(n):
    out = []
    for k in range(3):
        g = with_return(n + k)
        last = None
        while True:
            try:
                last = next(g)
            except StopIteration as e:
                out.append((last, e.value))
                break
    out.append(list(delegate(n))[-2:])
    return out


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            value = len(str(e))
        total += value
        count += 1
        avg = total // count


def sends(n):
    a = averager()
    next(a)
    d = 0
    for i in range(n):
        if i % 97 == 3:
            d = a.throw(ValueError("x" * (i % 5)))
        else:
            d = a.send(i * 2)
    a.close()
    try:
        a.send(1)
    except StopIteration:
        d += 1
    return d


class Boom(Exception):
    pass


def mixer(seed, limit):
    # A body long enough to be compiled up to its yield.
    a, b, c = seed, seed * 3 + 1, 7
    total = 0.0
    i = 0
    while i < limit:
        a = (a * 1103515245 + 12345) & 0x7FFFFFFF
        b = (b ^ (a >> 3)) & 0xFFFF
        c = c + (a % 11) - (b % 5)
        total += (a & 255) / 16.0
        if c > 1000:
            c = c - 997
        if b % 1009 == 5:
            raise Boom(i, a, b, c)
        got = yield (i, a % 1000, b, c, total)
        if got is not None:
            a = a ^ got
            c = c + 1
        i += 1
    return (a, b, c, total)


def mixers(n):
    out = []
    g = mixer(1, n)
    acc = 0
    try:
        for k in range(n):
            if k % 3 == 1:
                t = g.send(k)
            else:
                t = next(g)
            acc = (acc * 31 + t[1] + t[2] + t[3]) % 1000003
    except Boom as e:
        out.append(("boom", e.args[0]))
    except StopIteration as e:
        out.append(("stop", e.value))
    out.append(acc)
    for seed in range(2, 6):
        g = mixer(seed, 300)
        vals = []
        try:
            while True:
                vals.append(next(g)[4])
        except StopIteration as e:
            out.append((len(vals), e.value))
        except Boom as e:
            out.append(("boom", seed, e.args[0], len(vals)))
    g = mixer(9, 10**6)
    for k in range(500):
        next(g)
    try:
        g.throw(KeyError("stop here"))
    except KeyError as e:
        out.append(("thrown", repr(e)))
    g = mixer(11, 10**6)
    for k in range(400):
        next(g)
    g.close()
    out.append(g.gi_frame is None)
    return out


def fragile(n, bad):
    for i in range(n):
        if i == bad:
            raise Boom(i)
        yield i * 2


def exceptions(n):
    caught = []
    for bad in (n // 3, n // 2, n - 1, n + 5):
        s = 0
        try:
            for v in fragile(n, bad):
                s += v
        except Boom as e:
            caught.append((bad, s, e.args))
        else:
            caught.append((bad, s, None))
    return caught


def cleanup_log(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(n)


def abandoned(n):
    log = []
    total = 0
    for k in range(20):
        g = cleanup_log(n, log)
        for v in g:
            total += v
            if v == k * 7:
                break
        g.close()
    return total, log[:5], len(log)


def nested_gens(n):
    def inner(m):
        for j in range(m):
            yield j

    def outer(m):
        for i in range(m):
            for j in inner(i % 5):
                yield i * j

    return sum(outer(n)), list(outer(8))


def lists_of_tuples(n):
    out = 0
    items = list(range(7))
    for r in range(n):
        t = tuple(items[k] for k in reversed(range(7)))
        out = (out * 31 + t[r % 7]) % 1000003
    return out


print(pipeline(3000))
print(genexprs(600))
print(stop_values(400))
print(sends(2000))
print(exceptions(500))
print(abandoned(300))
print(nested_gens(800))
print(lists_of_tuples(1500))
print(mixers(3000))
