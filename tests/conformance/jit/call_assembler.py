# Calls from compiled code straight into a callee's compiled code (call_assembler): recursive
# functions and functions with loops called from traces, whose callee traces return values,
# leave through guards (types that change at depth), raise exceptions caught at other
# levels, and reach the recursion limit.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_shorter(x, y):
    # A short loop that returns from inside: entered directly from `tail`'s trace.
    while y is not None:
        if x is None:
            return True
        x = x[1]
        y = y[1]
    return False


def make(n):
    out = None
    for i in range(n):
        out = (i, out)
    return out


def tail(x, y, z):
    if is_shorter(y, x):
        return tail(tail(x[1], y, z), tail(y[1], z, x), tail(z[1], x, y))
    return z


def length(x):
    n = 0
    while x is not None:
        n += 1
        x = x[1]
    return n


class Odd(Exception):
    pass


def check(n, bad):
    if n == bad:
        raise Odd("bad %d" % n)
    return n


def walk(n, bad):
    # A loop calling itself recursively; the exception comes from deep inside.
    t = 0
    for i in range(2):
        t += check(n, bad)
    if n == 0:
        return t
    return walk(n - 1, bad) + t


def guarded(n, bad):
    try:
        return walk(n, bad)
    except Odd as e:
        return "caught " + str(e)


def typed(n, k):
    # Returns an int, a float or a str depending on depth: the callee's guards fail.
    if n == 0:
        if k % 3 == 0:
            return 1.5
        if k % 3 == 1:
            return 1
        return "s"
    r = typed(n - 1, k)
    if isinstance(r, str):
        return r + "s"
    return r + 1


def with_finally(n, log):
    try:
        if n == 0:
            raise KeyError(n)
        return with_finally(n - 1, log) + 1
    finally:
        log.append(n)


def down_loop(n):
    t = 0
    for i in range(3):
        t += i
    if n == 0:
        return t
    return down_loop(n - 1) + 1


total = 0
for i in range(200):
    total += fib(i % 15)
print(total, fib(21))
for k in range(40):
    r = tail(make(12), make(8), make(4 + k % 3))
print(length(r), length(tail(make(15), make(10), make(6))))
print([guarded(6, b) for b in (-1, 0, 3, 6)] * 2)
for k in range(200):
    guarded(8, k % 11)
print(guarded(8, 4), guarded(8, 99))
print([typed(30, k) for k in range(6)])
for k in range(100):
    typed(20, k)
print([typed(25, k) for k in range(3)])
for k in range(60):
    log = []
    try:
        with_finally(12, log)
    except KeyError as e:
        caught = e
print(repr(caught), log)
for k in range(300):
    down_loop(30)
print(down_loop(500))
try:
    down_loop(100000)
except RecursionError as e:
    print("caught", type(e).__name__)
sys.setrecursionlimit(300)
try:
    fib(400)
except RecursionError as e:
    print("caught", type(e).__name__)
print(down_loop(250), fib(18))
