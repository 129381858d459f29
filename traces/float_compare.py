# Float comparisons and mixed int/float arithmetic (cast_int_to_float under a range guard).
def bounce(n):
    pos = 0.0
    vel = 1.5
    hits = 0
    for i in range(n):
        pos = pos + vel
        if pos > 100.0:
            vel = -vel
            hits += 1
        if pos < 0.0:
            vel = -vel
            hits += 1
    return hits, pos


print(bounce(3000))
