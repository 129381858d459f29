# Recursive calls compiled as direct machine calls between function traces: return values
# of every kind (small ints, ints past the small range, floats, objects, None), guards
# failing at the deepest level of a recursion (every frame above is rebuilt), exceptions
# crossing several compiled frames and finally blocks, a callee rebound while its callers
# run, and the recursion limit reached through direct calls.
import sys


def count(node):
    if node is None:
        return 0
    return 1 + count(node[1])


def total(node):
    if node is None:
        return 0
    return node[0] + total(node[1])


def build(n, leaf):
    out = None
    for i in range(n):
        out = (leaf if i == 0 else i, out)
    return out


def big(n):
    # Crosses the small-int range on the way back up: the caller's tagging overflows.
    if n == 0:
        return 1 << 60
    return big(n - 1) * 2 + (n & 1)


def half(n):
    if n == 0:
        return 1.0
    return half(n - 1) / 2


def obj_chain(n):
    if n == 0:
        return [0]
    r = obj_chain(n - 1)
    r.append(n)
    return r


def maybe_none(n):
    if n == 0:
        return None
    r = maybe_none(n - 1)
    return r


class Stop(Exception):
    pass


def thrower(n, at, log):
    try:
        if n == at:
            raise Stop(n)
        return thrower(n + 1, at, log) + 1
    finally:
        if n % 5 == 0:
            log.append(n)


def catcher(n, at):
    log = []
    try:
        thrower(0, at, log)
    except Stop as e:
        return (e.args[0], log)


def step(n):
    if n == 0:
        return 0
    return step(n - 1) + 1


def rebind_step(n):
    if n == 0:
        return -1
    return rebind_step(n - 1) + 1


def other_step(n):
    return 1000 + n


for k in range(300):
    count(build(30, 1))
print(count(build(40, 1)), total(build(40, 7)))
# A leaf of another type at the deepest level: the walk's guard fails 60 frames down.
print(total(build(60, 2.5)), total(build(60, 10**30)))
try:
    total(build(50, "x"))
except TypeError as e:
    print("TypeError", e)
for k in range(200):
    big(10)
print(big(10), big(70), big(200) % 1000003)
for k in range(200):
    half(8)
print(half(8), half(30))
for k in range(100):
    obj_chain(10)
print(obj_chain(12)[-3:], len(obj_chain(300)))
for k in range(300):
    maybe_none(12)
print(maybe_none(40))
for k in range(80):
    catcher(20, k % 25)
print(catcher(20, 17), catcher(30, 0), catcher(25, 24))
for k in range(500):
    step(20)
print(step(500))
for k in range(300):
    rebind_step(15)
print(rebind_step(15))
saved = rebind_step
rebind_step = other_step
print(saved(15), saved(3))
rebind_step = saved
for k in range(300):
    rebind_step(15)
print(rebind_step(30))
sys.setrecursionlimit(400)
try:
    step(1000)
except RecursionError as e:
    print("RecursionError", e)
print(step(350))
sys.setrecursionlimit(1000)
try:
    step(5000)
except RecursionError as e:
    print("RecursionError", e)
print(step(900))
