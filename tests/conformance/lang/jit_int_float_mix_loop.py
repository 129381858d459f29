total = 0
for i in range(200):
    if i == 100:
        total = total + 0.5
    total += i
print(total, type(total).__name__)
vals = [1, 2.5, 3, 4.0, True, 10 ** 20, -7]
s = 0
for v in vals * 3:
    s = s + v
print(s)
x = 0
for i in range(50):
    x = x + i if i % 2 else x - i / 2
print(x)
f = 1.0
for i in range(1, 60):
    f *= 1.1
print(f, repr(f))
i = 0
while i < 1e3:
    i += 7.5
print(i)
