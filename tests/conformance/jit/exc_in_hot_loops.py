# Exceptions raised by operations inside hot loops (after the loop is compiled by a
# JIT): KeyError from dict subscripts, IndexError from list.pop / str subscripts,
# ZeroDivisionError from divmod and mixed arithmetic, TypeError and ValueError from
# builtin calls, exceptions raised by Python code that a builtin runs, and one that
# escapes the loop (its traceback names the raising line).


def keys(n):
    d = {i: i * i for i in range(10)}
    total = 0
    misses = 0
    last = None
    for i in range(n):
        try:
            total += d[i % 13]
        except KeyError as e:
            misses += 1
            last = e
    return total, misses, repr(last)


def pops(n):
    stack = []
    got = 0
    empty = 0
    for i in range(n):
        if i % 7 == 0:
            stack.extend([i, i + 1, i + 2])
        try:
            got += stack.pop()
        except IndexError as e:
            empty += 1
            msg = str(e)
    return got, empty, msg


def divs(n):
    q = 0
    zero = 0
    for i in range(n):
        try:
            a, b = divmod(1000 + i, i % 5)
            q += a + b
        except ZeroDivisionError as e:
            zero += 1
            msg = e.args[0]
    return q, zero, msg


def mixed(n):
    out = 0.5
    errs = []
    for i in range(n):
        x = i % 4
        try:
            out += 3 / (x - 2.0) if x != 1 else 1 / (x - 1)
        except ZeroDivisionError as e:
            errs.append(str(e))
    return round(out, 6), len(errs), errs[:2]


def strings(n):
    s = "abcdefgh"
    acc = []
    bad = 0
    for i in range(n):
        try:
            acc.append(s[i % 11])
        except IndexError:
            bad += 1
    return "".join(acc[:20]), len(acc), bad


def conversions(n):
    vals = ["1", "2", "x", "4", "", "6"]
    ok = 0
    errs = 0
    for i in range(n):
        try:
            ok += int(vals[i % 6])
        except ValueError:
            errs += 1
    return ok, errs


class Weird:
    def __init__(self, k):
        self.k = k

    def __str__(self):
        if self.k % 9 == 0:
            raise RuntimeError("no str for %d" % self.k)
        return "W%d" % self.k


def via_python(n):
    parts = 0
    caught = []
    objs = [Weird(k) for k in range(30)]
    for i in range(n):
        try:
            parts += len(str(objs[i % 30]))
        except RuntimeError as e:
            caught.append(e.args[0])
    return parts, len(caught), caught[:3]


def finally_counts(n):
    d = {"a": 1}
    entered = 0
    handled = 0
    for i in range(n):
        try:
            try:
                d["b" if i % 3 == 0 else "a"]
            finally:
                entered += 1
        except KeyError:
            handled += 1
    return entered, handled


def escape(n):
    d = {}
    for i in range(n):
        d[i] = i
        if i > n - 3:
            d.pop(i * 1000)
    return len(d)


print(keys(3000))
print(pops(3000))
print(divs(3000))
print(mixed(3000))
print(strings(3000))
print(conversions(3000))
print(via_python(3000))
print(finally_counts(3000))
try:
    escape(3000)
except KeyError as e:
    print("escaped", repr(e))
escape(2000)
