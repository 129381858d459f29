print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}), list(x for x in [1]))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple({1: 2}.items()))
print(dict(), dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), dict([["k", "v"]]))
print(set(), set([1, 1, 2]), set((3,)), frozenset(), frozenset(range(3)))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2]
print(list(l) is l, tuple(t := (1,)) is t, frozenset(f := frozenset([1])) is f)
