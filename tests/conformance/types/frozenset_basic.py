f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f, repr(frozenset()))
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, type(f | {4}).__name__, type({4} | f).__name__)
print(f.union([7]), f.issubset({1, 2, 3, 4}), f.copy() is f)
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
print({frozenset([1]), frozenset([1])}, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset("abc") == set("abc"), set(f))
print(frozenset({frozenset({1}), frozenset({2})}) == frozenset([frozenset([2]), frozenset([1])]))
