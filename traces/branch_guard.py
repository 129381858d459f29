# A branch inside the loop becomes a guard; the other direction leaves the trace and
# the interpreter resumes at the branch.
def collatz_steps(limit):
    total = 0
    for start in range(1, limit):
        x = start
        while x != 1:
            if x & 1 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            total += 1
    return total


print(collatz_steps(300))
