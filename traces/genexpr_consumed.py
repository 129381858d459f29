# A generator expression consumed by a builtin inside a hot loop: the genexpr's `for` is
# a loop of its own, traced from its FOR_ITER to the YIELD_VALUE and ending there with a
# `finish`; the consumer's loop calls `sum` residually.


def run(n):
    t = 0
    items = list(range(40))
    for i in range(n):
        t += sum(x * i for x in items)
    return t


print(run(400))
