# Generator expressions of a fixed length drained by `set` and `tuple` in a hot loop (as
# nqueens' `set(vec[i] + i for i in cols)`): a recording that begins on a genexpr's last
# iteration meets its return and aborts; the loop records again at its next back-edge,
# so its warmth cannot keep meeting the same last iteration (each genexpr runs 4 times
# round, the counter's step a multiple of 4), and both genexprs compile.


def run(n):
    vec = [3, 0, 2, 1]
    cols = range(4)
    found = 0
    total = 0
    for r in range(n):
        vec[r % 4], vec[(r + 1) % 4] = vec[(r + 1) % 4], vec[r % 4]
        if len(set(vec[i] + i for i in cols)) == 4:
            found += 1
        t = tuple(vec[k] * 2 for k in vec)
        total += t[r % 4]
    return found, total


print(run(400))
