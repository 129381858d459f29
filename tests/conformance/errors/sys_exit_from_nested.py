import sys
def a():
    try:
        b()
    finally:
        print("finally in a")
def b():
    sys.exit("exit message from b")
a()
