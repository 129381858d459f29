# RecursionError at the recursion limit from a hot recursive function (function traces and
# nested compiled code): caught and counted, then uncaught with CPython's traceback.
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def loop_down(n):
    # A function with a loop, called recursively: its loop's trace calls it residually.
    t = 0
    for i in range(2):
        t += i
    if n == 0:
        return t
    return loop_down(n - 1) + t


for i in range(3000):
    down(20)
print(down(500))
try:
    down(5000)
except RecursionError as e:
    print("caught", type(e).__name__, e)
for i in range(300):
    loop_down(10)
print(loop_down(400))
try:
    loop_down(5000)
except RecursionError as e:
    print("caught", type(e).__name__)
sys.setrecursionlimit(200)
print(down(150))


def forever(n):
    return forever(n + 1) + 1


forever(0)
