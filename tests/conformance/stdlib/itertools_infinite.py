import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 3)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(it.islice(it.repeat(1), 2)))
print(list(it.islice(range(10), 2, 8, 2)), list(it.islice("abcdef", None, None, 3)), list(it.islice("ab", 5)))
c = it.count()
next(c); next(c)
print(next(c), repr(c))
print(repr(it.repeat(2, 3)))
