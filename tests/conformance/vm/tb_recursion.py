def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught:", e)

import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) < 200)
down(0)
