# Containers nested far deeper than the recursion limit: repr, str, ==, <, `in` and
# deepcopy raise RecursionError (never a native stack overflow); hash of nested tuples
# and plain iteration still work, and the interpreter keeps running afterwards.
import copy
import sys

# 5x the recursion limit (100_000 behaves alike, but is slow under the GC-stress run).
N = 5_000


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nested_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


def nested_dict(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x


a = nested_list(N)
b = nested_list(N)
t = nested_tuple(N)
t2 = nested_tuple(N)
d = nested_dict(N)
d2 = nested_dict(N)

cases = [
    ("repr list", lambda: repr(a)),
    ("str list", lambda: str(a)),
    ("repr tuple", lambda: repr(t)),
    ("repr dict", lambda: repr(d)),
    ("format list", lambda: "{}".format(a)),
    ("eq list", lambda: a == b),
    ("lt list", lambda: a < b),
    ("eq tuple", lambda: t == t2),
    ("eq dict", lambda: d == d2),
    ("in list", lambda: b in [a]),
    ("deepcopy list", lambda: copy.deepcopy(a)),
]
for name, f in cases:
    try:
        r = f()
        print(name, "ok", type(r).__name__)
    except RecursionError as e:
        print(name, "RecursionError", str(e) if "copy" not in name else "")

print("hash tuple", hash(t) == hash(t))
depth = 0
x = a
while x:
    x = x[0]
    depth += 1
print("walked", depth == N)
print("shallow", repr(nested_list(3)), nested_list(50) == nested_list(50))
sys.setrecursionlimit(100)
try:
    repr(nested_list(200))
except RecursionError as e:
    print("limit 100", str(e))
print("still running")
