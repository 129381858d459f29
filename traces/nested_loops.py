# Nested loops: the inner loop compiles first; its exit resumes the outer loop.
def grid(n):
    s = 0
    for i in range(n):
        for j in range(n):
            s = s + (i ^ j)
    return s


print(grid(120))
