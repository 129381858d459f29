print(len("abc"), len(b"ab"), len([1]), len(()), len({1: 2}), len({1, 2}), len(range(5)), len(frozenset()), len(bytearray(3)))
class L:
    def __len__(self): return 7
print(len(L()))
for bad in [5, None, iter([]), 1.5]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class Big:
    def __len__(self): return 2**70
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
class Flt:
    def __len__(self): return 1.5
try:
    len(Flt())
except TypeError as e:
    print(type(e).__name__, e)
