# A recursive function whose callee argument is a fresh closure on every outer call: its
# function trace guards the closure's code, so every closure of `f` runs it. Output as
# CPython's.
def walk(node, fn):
    if node is None:
        return 0
    return fn(node[0]) + walk(node[1], fn)


def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node


def total(tree, k):
    def f(v):
        return v * k

    return walk(tree, f)


tree = build(8)
t = 0
for k in range(3000):
    t += total(tree, k)
print(t)
