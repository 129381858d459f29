import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(200)
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(100))
try:
    count(1000)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__, e)
