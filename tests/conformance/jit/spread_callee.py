# A loop calling a different function (another code object) on every call: the JIT's guard
# on the callee's code fails with a new value each time (no bridge per function; the
# loop is dropped). Output as CPython's.
FNS = [
    lambda x: x * 1 + 0,
    lambda x: x * 2 + 1,
    lambda x: x * 3 + 2,
    lambda x: x * 4 + 3,
    lambda x: x * 5 + 4,
    lambda x: x * 6 + 5,
    lambda x: x * 7 + 6,
    lambda x: x * 1 + 7,
    lambda x: x * 2 + 8,
    lambda x: x * 3 + 9,
    lambda x: x * 4 + 10,
    lambda x: x * 5 + 11,
    lambda x: x * 6 + 12,
    lambda x: x * 7 + 13,
    lambda x: x * 1 + 14,
    lambda x: x * 2 + 15,
    lambda x: x * 3 + 16,
    lambda x: x * 4 + 17,
    lambda x: x * 5 + 18,
    lambda x: x * 6 + 19,
    lambda x: x * 7 + 20,
    lambda x: x * 1 + 21,
    lambda x: x * 2 + 22,
    lambda x: x * 3 + 23,
    lambda x: x * 4 + 24,
    lambda x: x * 5 + 25,
    lambda x: x * 6 + 26,
    lambda x: x * 7 + 27,
    lambda x: x * 1 + 28,
    lambda x: x * 2 + 29,
    lambda x: x * 3 + 30,
    lambda x: x * 4 + 31,
    lambda x: x * 5 + 32,
    lambda x: x * 6 + 33,
    lambda x: x * 7 + 34,
    lambda x: x * 1 + 35,
    lambda x: x * 2 + 36,
    lambda x: x * 3 + 37,
    lambda x: x * 4 + 38,
    lambda x: x * 5 + 39,
]


def for_each(xs, fn):
    acc = 0
    for x in xs:
        acc += fn(x)
    return acc


def walk(node, fn):
    if node is None:
        return 0
    return fn(node[0]) + walk(node[1], fn)


xs = list(range(6))
tree = None
for i in range(8):
    tree = (i, tree)
t = 0
for k in range(4000):
    t += for_each(xs, FNS[k % len(FNS)])
    t += walk(tree, FNS[(k * 7) % len(FNS)])
print(t)
