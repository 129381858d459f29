print(abs(-7), abs(7), abs(-7.5), abs(0), abs(-0), abs(-10**30), abs(complex(-3, -4)), abs(False))
class A:
    def __abs__(self): return "abs called"
print(abs(A()))
print(pow(2, 0), pow(0, 5), pow(-2, 3), pow(-2, 2), pow(2, 62), pow(2, 64), pow(10, -3), pow(-8, 1 / 3).real > 0)
print(pow(3, 200, 1000), pow(-5, 3, 7), pow(5, -2, 13), pow(2**100, 2**100, 997))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 0.0 ** 0, 1 ** 10**6)
print(pow(1.5, 2), pow(4, 0.5), pow(2, 0.5) ** 2, 10 ** 15 * 1.0, 10.0 ** 15)
