# A loop calling a fresh closure on every call: the JIT's guard on the callee fails with a
# new value each time (no bridge per closure; the loop is dropped). Output as CPython's.
def for_each(xs, fn):
    for x in xs:
        fn(x)


def run(xs, k):
    acc = [0]

    def add(x):
        acc[0] += x + k

    for_each(xs, add)
    return acc[0]


xs = list(range(6))
t = 0
for k in range(4000):
    t += run(xs, k)
print(t)
