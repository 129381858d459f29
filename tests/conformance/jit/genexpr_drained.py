# Generators consumed whole by builtins (tuple, list, set, sorted, str.join, frozenset,
# dict keys) inside hot loops: short generator expressions, generator functions with
# several yields, `yield from`, exceptions in the middle of a drained generator,
# generators drained after being partly consumed, a generator draining itself, the
# yield's value, and generators that escape.
import sys


def triangle(n):
    acc = 0
    for i in range(n):
        acc += i
        yield acc
        if i % 3 == 2:
            yield -i


def outer(n):
    yield "start"
    yield from triangle(n)
    got = yield "end"
    yield repr(got)


def hot_tuples():
    total = 0
    last = None
    items = [3, 1, 4, 1, 5, 9, 2, 6]
    for r in range(300):
        idx = [(r + k) % 8 for k in range(6)]
        t = tuple(items[k] for k in idx)
        s = set(t[i] + i for i in range(6))
        fs = frozenset(x * 2 for x in t if x & 1)
        lst = list(x - r for x in t)
        srt = sorted(x % 5 for x in lst)
        j = "-".join(str(x) for x in srt)
        total += len(s) + len(fs) + sum(lst) + len(j)
        last = (t, sorted(s), sorted(fs), lst, srt, j)
    print("tuples", total, last)


def hot_generator_functions():
    total = 0
    for r in range(200):
        t = tuple(triangle(r % 9))
        o = list(outer(r % 5))
        total += sum(t) + len(o)
    print("functions", total, t, o)


def floats_and_objects():
    out = []
    for r in range(200):
        fl = tuple(x * 0.5 for x in range(r % 7))
        objs = list((x, str(x)) for x in range(r % 4))
        out.append((sum(fl), len(objs)))
    print("floats", out[-3:], fl, objs)


class Boom(Exception):
    pass


def exploding(n, at):
    for i in range(n):
        if i == at:
            raise Boom("at %d" % i)
        yield i * i


def exceptions_in_drained():
    caught = 0
    for r in range(300):
        at = r % 11
        try:
            t = tuple(exploding(8, at))
        except Boom as e:
            caught += 1
            last = str(e)
        else:
            last = t
    print("exceptions", caught, last)
    try:
        list(x // (x - 5) for x in range(10))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        n = 0
        while tb is not None:
            n += 1
            tb = tb.tb_next
        print("zero", e, "frames", n)


def partly_consumed():
    kept = []
    total = 0
    for r in range(300):
        g = (x * 3 for x in range(r % 13))
        first = next(g, None)
        rest = tuple(g)
        total += (first or 0) + sum(rest)
        if r % 50 == 0:
            kept.append(g)
        # Drained generators are exhausted.
        assert tuple(g) == ()
    print("partly", total, [tuple(k) for k in kept])


def escaping():
    saved = []
    for r in range(200):
        g = (y + r for y in range(5))
        saved.append(g)
        if r % 2:
            tuple(g)
    left = [list(g) for g in saved[-4:]]
    print("escaping", left)


def self_draining():
    holder = []

    def gen():
        yield 1
        try:
            yield tuple(holder[0])
        except ValueError as e:
            yield "err: " + str(e)
        yield 3

    for r in range(50):
        g = gen()
        holder[:] = [g]
        res = list(g)
    print("self", res)


def yield_values():
    def echo():
        got = []
        for i in range(4):
            v = yield i
            got.append(v)
        yield tuple(got)

    for r in range(100):
        res = list(echo())
    print("echo", res)
    g = echo()
    next(g)
    print("send", g.send("a"), g.send("b"), list(g))


def running_state():
    def watch():
        for i in range(3):
            yield g.gi_running, sys._getframe().f_back.f_code.co_name

    for r in range(60):
        g = watch()
        res = tuple(g)
    print("running", res, g.gi_running, g.gi_frame)


def close_and_throw_after():
    def gen():
        try:
            for i in range(6):
                yield i
        finally:
            print("finally ran")

    g = gen()
    print(next(g), next(g))
    print("rest", tuple(g))
    g2 = gen()
    next(g2)
    g2.close()
    g3 = gen()
    print(next(g3))
    try:
        g3.throw(Boom("thrown"))
    except Boom as e:
        print("throw", e)


def stop_iteration_value():
    def gen():
        yield 1
        return "done"

    for r in range(100):
        t = tuple(gen())
    g = gen()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("stop", t, e.value)


hot_tuples()
hot_generator_functions()
floats_and_objects()
exceptions_in_drained()
partly_consumed()
escaping()
self_draining()
yield_values()
running_state()
close_and_throw_after()
stop_iteration_value()
