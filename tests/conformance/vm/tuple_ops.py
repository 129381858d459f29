t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((1,), (), tuple([1, 2]), tuple("ab"))
print(t.index(2), t.count(3), 2 in t, 5 not in t)
a, b, c = t
print(a, b, c)
first, *rest = t
print(first, rest)
*init, last = t
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash(([1],))
except TypeError as e:
    print(e)
