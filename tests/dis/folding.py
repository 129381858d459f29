"""Constant folding and the constants table."""
a = 2 ** 10 - 1
b = -5
c = (1, 2, (3, "x")) * 2
d = "ab" * 3 + "c"
e = 2 ** 200
f = 7 // -2, 7 % -2, 7.5 // 2, -7.5 % 2
g = x in [1, 2, 3]
h = x not in {1, 2, 1.0}
i = not 0
j = 1 + 2j
k = "hello"[1], (1, 2, 3)[-1]
l = 1 / 0
m = [1, 2, 3]
n = {4, 5, 6}
o = ~5, +True, True | False
for v in [1, 2, 3]:
    pass
