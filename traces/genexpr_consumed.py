# A generator expression consumed by a builtin inside a hot loop: the consumer's loop
# calls `sum` residually; `sum` drains the genexpr with a sink adding small ints, so the
# genexpr's `for` is a loop of its own whose yield is a call of `h_gen_sink_push` and
# which runs without leaving until the genexpr's iterator is exhausted.


def run(n):
    t = 0
    items = list(range(40))
    for i in range(n):
        t += sum(x * i for x in items)
    return t


print(run(400))
