# The classic: sum of squares over a range, int_mul_ovf and int_add_ovf guarded.
def sumsq(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


print(sumsq(3000))
