print(list(zip("abc", range(10), [True, False, None])))
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), list(zip(*zip(keys, vals))))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [sum(col) for col in zip(*m)])
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
it = iter(range(6))
print(list(zip(it, it, it)))
print(list(zip(range(3), "ab", strict=False)))
def gen():
    yield 1
    yield 2
    print("gen exhausted")
print(list(zip(gen(), "abc")))
print(list(zip("ab", gen())))
