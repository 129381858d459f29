def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
import math
print(repr(integrate(math.sin, 0, math.pi, 1000)))
print(repr(integrate(lambda x: x * x, 0, 3, 600)))
def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s
print(repr(leibniz(5000)))
def kahan(vals):
    s = c = 0.0
    for v in vals:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
vals = [0.1] * 1000
print(repr(sum(vals)), repr(kahan(vals)), repr(math.fsum(vals)))
x = 1.0
for _ in range(100):
    x = x - (x * x - 2) / (2 * x)
print(repr(x), x == math.sqrt(2))
