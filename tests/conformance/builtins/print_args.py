import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {3: 4}, sep="|")
print(*range(5))
print(*[], sep="x")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("x", "y", sep=None, end=None)
print("multi\nline")
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("captured", 42, file=w, sep="-")
print(w.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print("tab\tsep", "é", "😀")
print(print("inner") is None)
