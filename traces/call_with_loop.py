# A call of a function that contains a loop is not inlined (its loop would end the
# recording): it is a residual call (`h_call_python`) that runs the function in the VM,
# whose own loop enters its compiled trace.


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
