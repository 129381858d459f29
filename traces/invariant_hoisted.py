# The range iterator's class guard and the loop-invariant product move to the preamble
# (unroll peels one iteration); the loop keeps only what varies.
def f(n, k):
    acc = 0
    for i in range(n):
        acc = (acc + i * (k * 7)) & 65535
    return acc


print(f(3000, 3))
