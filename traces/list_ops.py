# Lists in a loop: indexing with a bounds guard (`uint_lt` covers both ends), item
# stores (tagged ints, write barrier on the items array), len(), min()/max() as guarded
# comparisons, and `append` that stores in place while the list has room.


def run(n):
    xs = [i for i in range(64)]
    out = []
    acc = 0
    for i in range(n):
        j = i & 63
        xs[j] = xs[j] + 1
        acc += max(xs[j], len(xs)) - min(j, 3)
        out.append(acc)
    return acc, len(out), out[-1]


print(run(3000))
