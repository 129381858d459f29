print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1.5, 2, -1]))
print(min([], default="empty"), max([], default=None), min([3], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([(1, "a"), (1, "b")]))
print(max([1, 3, 3.0], key=lambda v: v), max(3, 3.0), max(3.0, 3), min([2, 1, 1.0]))
print(max({1: "a", 5: "b"}), min(range(5, 10)), max(iter([1, 9, 2])))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, "a"), lambda: max([], key=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
