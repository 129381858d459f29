print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum(range(101)))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([True, True]), sum(x * x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2**64, 1]), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5.5), abs(-0.0), abs(-2**70), abs(True), abs(3 - 4j), abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
