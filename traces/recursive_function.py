# A hot recursive function without loops gets a function trace ("entry bridge"): from its
# first instruction to its return, which ends the trace with `finish`. Its recursive calls
# are residual calls (`h_call_python`) whose call path enters the same trace again.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))
