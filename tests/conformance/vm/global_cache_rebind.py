# LOAD_GLOBAL caches stay valid across stores to other globals and see every rebinding
# of the names they hold: by assignment, globals()[...], setattr on the module, exec,
# del and re-add, and a global shadowing a builtin (also inside hot loops).
import sys

K = 1


def read_k():
    return K


def read_len(s):
    return len(s)


total = 0
for i in range(300):
    total = total + read_k()  # module-level stores to `total` and `i` between reads
    if i == 100:
        K = 2
    elif i == 150:
        globals()["K"] = 3
    elif i == 200:
        setattr(sys.modules[__name__], "K", 4)
    elif i == 250:
        exec("K = 5", globals())
print("total", total, K)

del K
try:
    read_k()
except NameError as e:
    print("NameError", e)
K = 7
print("re-added", read_k())

acc = 0
for i in range(200):
    acc += read_len("abc")
    if i == 120:
        len = lambda s: 100  # shadows the builtin from now on
print("shadowed", acc)
del len
print("unshadowed", read_len("abcd"))

import builtins

saved = builtins.abs


def use_abs(x):
    return abs(x)


out = []
for i in range(200):
    out.append(use_abs(-2))
    if i == 99:
        builtins.abs = lambda x: 42
builtins.abs = saved
print("builtin rebound", out[0], out[99], out[100], out[199], use_abs(-3))


def hot(n):
    s = 0
    for j in range(n):
        s += K
    return s


counter = 0
for r in range(5):
    counter += hot(1000)  # the inner loop is hot; module stores do not change K
    K = K + 1
print("hot", counter, K)
