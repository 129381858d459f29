# Generator expressions drained by `tuple` and `any` in a hot loop: each genexpr's loop
# hands its values to the builtin's sink (`h_gen_sink_push`, guarded to have been taken)
# instead of ending its trace at the yield; `any` stops at the first true value, which
# its sink refuses (the guard's exit yields it).


def run(n):
    items = list(range(12))
    hits = 0
    total = 0
    for i in range(n):
        t = tuple(items[(k + i) % 12] for k in range(8))
        if any(x > 10 for x in t):
            hits += 1
        total += t[i % 8]
    return hits, total


print(run(300))
