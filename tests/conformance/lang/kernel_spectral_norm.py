def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
def eval_A_times_u(u):
    n = len(u)
    return [sum(eval_A(i, j) * u[j] for j in range(n)) for i in range(n)]
def eval_At_times_u(u):
    n = len(u)
    return [sum(eval_A(j, i) * u[j] for j in range(n)) for i in range(n)]
def spectral_norm(n):
    u = [1.0] * n
    for _ in range(5):
        v = eval_At_times_u(eval_A_times_u(u))
        u = eval_At_times_u(eval_A_times_u(v))
    vBv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return (vBv / vv) ** 0.5
print(f"{spectral_norm(20):.9f}")
print(repr(spectral_norm(8)))
