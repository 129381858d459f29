# A global constant read in a loop: guarded by the module dict's version, then folded.
SCALE = 5


def scaled(n):
    t = 0
    for i in range(n):
        t = t + i * SCALE
    return t


print(scaled(3000))
