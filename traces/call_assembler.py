# A residual call from a trace of a function that has compiled code runs that code directly
# (`h_call_assembler`, PyPy's call_assembler). `shorter`'s loop returns from inside (its
# exits grow bridges ending in `finish`); once it is compiled, `shorter` gets an entry trace
# from its first instruction to the loop, which it jumps into. `count`'s function trace calls
# `shorter` and itself that way: a `finish` hands the return value back to the caller.


def shorter(x, y):
    a = x
    b = y
    while b is not None:
        if a is None:
            return True
        a = a[1]
        b = b[1]
    return False


def count(x, y, n):
    if n == 0:
        return 0
    if shorter(x, y):
        return count(y, x, n - 1) + 1
    return count(y, x, n - 1)


a = (1, (2, (3, None)))
b = (1, (2, None))
t = 0
for i in range(400):
    t += count(a, b, 9)
print(t)
