a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
first, *_ = "hello"
print(first)
print(*[1, 2], *"ab", sep="|")
print([*range(3), *[9]], (*"ab",), {*[1, 1, 2]})
d1 = {"a": 1}; d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, "c": 4, **d1})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
x = y = z = [0]
print(x is z)
a = b = 1
a, b = b + 1, a + 10
print(a, b)
l = [0, 1, 2]
i = 0
i, l[i] = 1, 9
print(i, l)
