def h(*args, **kwargs):
    return args, sorted(kwargs.items())

print(h())
print(h(1, 2, x=3))
print(h(*[1, 2], **{"a": 1, "b": 2}))
def k(a, b=2, *rest, c, **kw):
    return a, b, rest, c, kw
print(k(1, c=3))
print(k(1, 2, 3, 4, c=5, d=6))
try:
    h(**{1: 2})
except TypeError as e:
    print(e)
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*(1, 2), 3))
print(three(1, *[2, 3]))
try:
    three(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    three(1, **{"b": 2, "a": 3})
except TypeError as e:
    print(e)
