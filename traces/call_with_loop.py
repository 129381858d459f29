# A call of a function that contains a loop is not inlined: a residual call (`h_call_python`)
# runs it in the VM. Its 4-iteration loop records up to its return (a trace ending in `finish`,
# after a first recording that returned); the iterations are a bridge jumping to its start.


def norm2(xs):
    t = 0
    for x in xs:
        t += x * x
    return t


def run(n):
    total = 0
    for i in range(n):
        total += norm2([i, 1, 2, 3])
    return total


print(run(3000))
