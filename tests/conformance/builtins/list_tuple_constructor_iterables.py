def gen():
    yield from range(3)
print(list(gen()), tuple(gen()), list({"b": 1, "a": 2}), list({"b": 1, "a": 2}.values()), list(range(5, 0, -2)))
print(list("héllo"), list(b"hi"), list(bytearray(b"\x00\x01")), list(zip("ab", "cd")), list(enumerate("xy")))
print(list(map(None.__class__, [])) if False else list(), tuple(x for x in "ab"), list(reversed(range(3))), list(iter([1, 2])))
print(sorted({3, 1, 2}), list(frozenset([5])), tuple([]), list(()), list([[1]]))
d = {1: "a"}
print(list(d.items()), list(d.keys()), tuple(d.values()))
