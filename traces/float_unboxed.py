# An unboxed float loop: no float object is allocated inside the compiled loop.
def integrate(n):
    x = 0.0
    total = 0.0
    dx = 1.0 / n
    for i in range(n):
        total = total + x * x * dx
        x = x + dx
    return total


print(round(integrate(3000), 6))
