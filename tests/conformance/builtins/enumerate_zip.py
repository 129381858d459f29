print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", "cde", [1, 2, 3, 4])))
print(list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip(range(3), "abc")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
