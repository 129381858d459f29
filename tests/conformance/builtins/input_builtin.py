import sys
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    v = input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print("done")
