print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(2**70, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 0.5) == pow(-2, 0.5), pow(3, 2, 4), pow(2, 100, 17), pow(-1, 3))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(0, 0), pow(0.0, 0), pow(4, 0.5))
print(round(3.14159, 2), round(2.5), round(-1.5), round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-0.5))
print(round(0.1 + 0.2, 10), round(1.005, 2), round(2.345, 2), round(1e15 + 0.5), round(5, 2), round(0.0, 1), round(-0.0))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(2, -1)).__name__)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
