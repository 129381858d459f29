def f(a, b, c):
    return (a + b) * (c - a) // (b - b)
f(1, 2, 3)
