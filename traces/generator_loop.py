# A generator's own loop is traced from its header to the `yield`, where the trace ends
# with a `finish` that resumes the interpreter at the YIELD_VALUE (the interpreter
# suspends the frame; the next resumption enters the compiled loop at its back-edge).
# `mixed` records enough instructions before its yield to become such a trace; `evens`
# filters: its odd items loop inside its trace, an even one leaves through the bridge
# that ends at the yield. The consumer's `for` resumes the generators through the VM.


def mixed(n):
    i = 0
    a = 1
    b = 0
    while i < n:
        a = (a * 75 + 74) % 65537
        b = (b + a * i) & 0xFFFF
        c = a ^ b
        yield c + i
        i += 1


def evens(it):
    for x in it:
        if x & 1 == 0:
            yield x


def run(n):
    t = 0
    for v in evens(mixed(n)):
        t = (t + v) & 0xFFFF
    return t


print(run(3000))
