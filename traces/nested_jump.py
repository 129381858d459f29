# Trace trees across nested loops: the inner loop compiles first (Loop 1); the outer
# loop's trace (Loop 2) ends where it reaches the inner loop's header, with a jump to
# Loop 1's entry label; the inner loop's exit grows a bridge that runs the rest of the
# outer body and jumps to Loop 2's entry. The tree then never leaves machine code.
def grid(n, m):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < m:
            s += i ^ j
            j += 1
        i += 1
    return s


print(grid(3000, 3))
