print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(int, "123")
print(next(m), list(m))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
print(list(map(lambda t: t[0] + t[1], zip([1, 2], [10, 20]))))
