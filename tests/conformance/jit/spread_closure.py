# A loop calling a fresh closure on every call: the JIT guards the callee's code (and
# globals), not its identity, so every closure of `add` runs the compiled loop (no
# spread guard, no bridge per closure). Output as CPython's.
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
