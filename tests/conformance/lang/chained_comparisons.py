a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, c > b >= 2 > a, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(1 == 1.0 == True, "a" < "b" <= "b" != "c", [1] == [1] != [2])
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[2]])
x = 5
print(0 <= x < 10, 0 <= x < 5, x is x is x)
