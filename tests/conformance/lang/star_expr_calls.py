def f(a, b, c=0, *rest, key=None, **kw):
    return (a, b, c, rest, key, kw)
args = [1, 2]
kwargs = {"key": "k", "z": 26}
print(f(*args))
print(f(*args, 3, 4, 5))
print(f(*args, **kwargs))
print(f(0, *args, *args, key=1))
print(f(*range(2), c=9, **{"q": 1}))
print(f(**{"a": 1, "b": 2}))
print([*"abc", *range(2)], (*[1], *(2,)), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
first, *middle, last = range(6)
print(first, middle, last)
def pass_through(*a, **k):
    return f(*a, **k)
print(pass_through(1, 2, key="x"))
print(max(*[3, 9, 2]), print(*[], sep="-") is None)
try:
    f(*[1], **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{"key": 1}, key=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **[1])
except TypeError as e:
    print(type(e).__name__, e)
