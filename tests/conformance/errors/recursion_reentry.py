# RecursionError when Python recursion passes through builtins that call back into Python.
import sys


class R:
    def __repr__(self):
        return repr(self)


class E:
    def __eq__(self, other):
        return self == other


class H:
    def __hash__(self):
        return hash(self)


def key(x):
    return sorted([x, x], key=key)


for name, f in [
    ("repr", lambda: repr(R())),
    ("eq", lambda: E() == E()),
    ("hash", lambda: hash(H())),
    ("sorted key", lambda: key(1)),
    ("str format", lambda: "{}".format(R())),
]:
    try:
        f()
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))

sys.setrecursionlimit(200)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError:
    print("limit 200: RecursionError")
print("still running")
