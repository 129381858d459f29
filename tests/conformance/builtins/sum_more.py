print(sum([1.5, 2.5, 3]), sum(range(1, 101)) // 2, sum([10**20, 1, -10**20]), sum([0.1] * 3))
print(sum([[1, 2], [3]], []), sum(((1,), (2,)), ()), sum([], 5.5), sum(i for i in range(5) if i % 2))
print(sum([True, False, True]), type(sum([True, True])).__name__, sum([1, 2.0]), type(sum([1, 2])).__name__)
print(sum(map(int, "1 2 3".split())), sum({1: "a", 2: "b"}), sum({3, 4}), sum([1j, 2]))
print(sum([1e100, 1, -1e100, 1]), sum([0.5] * 10, start=1))
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([[1]])
except TypeError as e:
    print(type(e).__name__, e)
