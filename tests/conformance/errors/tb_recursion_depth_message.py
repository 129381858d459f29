import sys
sys.setrecursionlimit(100)
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RecursionError as e:
    print("caught:", e)
print("limit", sys.getrecursionlimit())
