from itertools import islice, chain, groupby, count, accumulate, product, zip_longest, cycle, repeat, starmap, tee
def take(n, it): return list(islice(it, n))
def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(take(5, count(100, -7)), list(chunked(range(10), 4)))
def flatten(lol): return list(chain.from_iterable(lol))
print(flatten([[1, 2], [], [3], (4, 5)]))
def rle(s): return [(k, len(list(g))) for k, g in groupby(s)]
print(rle("aaabbbcccd"), "".join(k * n for k, n in rle("aaabbbcccd")))
print(list(accumulate(range(1, 6), lambda a, b: a * b)), list(accumulate([1, -2, 3], min)))
print(["".join(p) for p in product("01", repeat=3)])
print(list(zip_longest(*[iter("abcdefg")] * 3, fillvalue="_")))
rr = cycle([1, 2, 3])
print([next(rr) for _ in range(7)])
print(list(starmap(lambda a, b: a * b, zip(count(1), "abc"))), list(repeat(None, 2)))
a, b = tee(x * x for x in range(4))
print(list(a), list(b))
def running_mean(xs):
    for i, s in enumerate(accumulate(xs), 1):
        yield s / i
print(list(running_mean([2, 4, 6, 8])))
def unique_everseen(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique_everseen([3, 1, 3, 2, 1, 5])))
