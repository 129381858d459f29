import itertools as it
for bad in [lambda: it.islice("abc", -1), lambda: it.islice("abc", 0, 2, 0), lambda: list(it.repeat(1, -1)),
            lambda: it.combinations("ab", -1), lambda: it.permutations("ab", -1), lambda: it.product("a", repeat=-1),
            lambda: it.count("a"), lambda: it.chain(1)]:
    try:
        r = bad()
        print("ok", list(r) if not isinstance(r, list) else r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(it.islice(it.count(), 0)), list(it.compress("abc", [])), list(it.zip_longest()), list(it.accumulate([])))
print(list(it.groupby([])), list(it.pairwise([])), list(it.combinations([], 0)), list(it.permutations([])))
print(list(it.islice(it.cycle([]), 3)), list(it.takewhile(bool, [1, 0, 1])), list(it.dropwhile(bool, [1, 0, 1])))
