# List slices of small ints and None: BUILD_SLICE is a virtual slice object, and the
# subscript or slice store that uses it one helper call (`h_list_getslice`,
# `h_list_setslice`) followed by a guard that leaves before the instruction when the
# helper did not handle it; the slice object itself is never allocated.


def flips(n):
    perm = list(range(n))
    total = 0
    for r in range(3000):
        k = r % n
        perm[: k + 1] = perm[k::-1]
        total += perm[0]
    return total


print(flips(7))
