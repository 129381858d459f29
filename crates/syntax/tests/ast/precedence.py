x = a or b and not c == d < e is not f in g | h ^ i & j << k + l * -m ** n ** o
y = -2 ** 2, (not a) == b, a if b else c if d else e, lambda: a or b
z = a @ b // c % d / e - f >> g, ~a ** -b
w = [*a, *b], {**a, 'k': v}, (yield_ := 3), a[1:2, ::3, ...], a[b][c](d).e
v = not a in b, a < b < c, a is b is not c
