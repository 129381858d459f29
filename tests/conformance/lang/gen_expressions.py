g = (x * 2 for x in range(5))
print(type(g).__name__)
print(list(g), list(g))
print(sum(x for x in range(100) if x % 7 == 0))
print(max((len(w), w) for w in ["aa", "b", "cccc", "dd"]))
pairs = list((i, j) for i in range(3) for j in range(i))
print(pairs)
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
gen = (x for x in [1, 2, 3])
print(next(gen), 2 in gen, list(gen))
x = 10
g2 = (x + i for i in range(3))
x = 20
print(list(g2))
try:
    g3 = (1 / z for z in [1, 0])
    print(next(g3))
    print(next(g3))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
it = iter(range(3))
g4 = (v for v in it)
print(list(zip(g4, "ab")))
print(list(it))
