it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it), list(it))
print(type(iter("ab")).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter({1})).__name__, type(iter(range(2))).__name__)
print(type(reversed([1])).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
r = reversed([1, 2, 3])
print(next(r), list(r))
e = enumerate("abc", start=5)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
d = {1: "a", 2: "b"}
print(list(iter(d.items())), list(iter(d.values())))
r2 = iter(range(3))
print(next(r2), next(r2), next(r2), next(r2, "stop"))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
print(list(it))
l2 = [1, 2, 3]
for x in l2:
    if x == 2:
        l2.remove(x)
print(l2)
s = iter("abc")
print(list(zip(s, s)))
print(list(iter(iter(iter([7])))))
