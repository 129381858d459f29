# `~n` of ints in hot loops (meteor's board masks): traced as int_invert, with bools and
# big ints left to the interpreter. Output as CPython's.
def masks(n):
    free = (1 << 50) - 1
    t = 0
    for i in range(n):
        bit = 1 << (i % 50)
        t += ~i
        t ^= free & ~bit
        t += ~(-i)
        if ~i & 1:
            t += 1
    return t


def mixed(xs):
    t = 0
    for x in xs:
        t += ~x
    return t


print(masks(3000))
print(mixed([1, True, -5, 2**70, False, 7] * 300))
print(~0, ~-1, ~(2**62), ~True)
