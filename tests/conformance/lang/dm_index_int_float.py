class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30, 40][i], "abcdef"[i:Idx(4)], bin(i), hex(Idx(255)), oct(i))
print(range(10)[i], int(i) if hasattr(Idx, '__int__') else "noint")
print(operator_index := __import__('operator').index(Idx(7)))
print([1, 2] * Idx(2))
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1+2j
n = Num()
print(int(n), float(n), complex(n))
try:
    [1][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class Trunc:
    def __trunc__(self): return 9
import math
print(math.trunc(Trunc()))
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print(int(True), float(False), int(-3.9), int("  12  "), int("-0"), float(" 1e3 "))
class Rnd:
    def __round__(self, n=None): return ("round", n)
print(round(Rnd()), round(Rnd(), 2))
