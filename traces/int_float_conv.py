# int(float) and float(int) become casts in the trace (no call, no boxed float): the
# truncation is cast_float_to_int, guarded only against NaN/infinity/huge values (its
# i64::MIN result), and an int mixed into float arithmetic is converted without guards.
def mix(n):
    acc = 0.0
    k = 0
    for i in range(n):
        f = i * 0.5 + k
        k = (k + int(f)) & 1023
        acc += f / float(k + 1)
    return acc, k


print(mix(3000))
