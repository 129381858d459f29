# A closure called in a loop (guarded by its code): the loop's own cell (`scale`, a
# LOAD_DEREF in the inlined callee through the closure's cell tuple) and a cell of its own
# (`acc`, MAKE_CELL + STORE_DEREF + LOAD_DEREF; the closure using it is made only on a
# branch not taken): the fresh cell never escapes, so the optimizer removes it.


def run(n):
    scale = 3

    def step(v):
        acc = v * scale
        if v < 0:

            def peek():
                return acc

        acc = acc + 1
        return acc

    total = 0
    for i in range(n):
        total += step(i)
    return total


print(run(2000))
