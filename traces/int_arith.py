# Small-int arithmetic: overflow guards on + - *, sign guards making // and % match
# Python's floor semantics, shift-count guards.
def mix(n):
    a = 1
    b = 7
    acc = 0
    for i in range(n):
        a = (a * 31 + i) % 1000003
        b = (b ^ (a >> 3)) + (i & 255)
        acc = (acc + a - b // 3 + (b << 2)) & 0xFFFFFFF
    return acc


print(mix(3000))
