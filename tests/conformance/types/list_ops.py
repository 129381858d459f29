a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [0] * 3, [] * 5, a * -1)
print(a[0], a[-1], a[1:], a[:-1], a[::-1], a[::2], a[10:], a[-10:2])
b = list(range(10))
b[2:5] = ["x"]; print(b)
b[::3] = [0, 0, 0]; print(b)
b[1:1] = [7, 7]; print(b)
b[-1:] = []; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(a == [1, 2, 3], a < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] == [], [[1]] == [[1]])
print(3 in a, 4 not in a, len(a), min(a), max(a), sum(a))
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
x = [1]
x.append(x)
print(x)
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list())
a += "de"
print(a)
try:
    a + "de"
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2, 3][True], [1, 2][-0])
