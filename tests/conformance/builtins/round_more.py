for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 4.5, 5.5, 1e16 + 1]:
    print(v, round(v), round(v, 0), round(v, 1))
for v in [15, 25, 150, 250, -15, -25, 1234567]:
    print(v, round(v, -1), round(v, -2), round(v, 0), round(v, 3))
print(round(2.675, 2), round(1.0005, 3), round(0.285, 2), round(0.375, 2), round(-0.0, 2), round(1e-10, 5))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(1e300, -300))
class R:
    def __round__(self, nd=None):
        return f"R.__round__({nd})"
print(round(R()), round(R(), 3), round(R(), None))
