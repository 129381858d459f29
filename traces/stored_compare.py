# A comparison whose result is stored (not branched on) becomes a guard and a constant.
def flags(n):
    c = 0
    for i in range(n):
        big = i > -1
        if big:
            c = c + 1
    return c


print(flags(3000))
