total = 0
for i in range(1, 1001):
    total += i * i
print(total)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10))
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a, b = 0, 1
for _ in range(100):
    a, b = b, a + b
print(a)
p = 1
for i in range(1, 30):
    p *= i
print(p, p.bit_length())
acc = 1.0
for i in range(1, 20):
    acc /= i
print(acc)
mixed = 0
for i in range(10):
    mixed += i / 2
print(mixed, type(mixed).__name__)
big = 1
for i in range(70):
    big = big * 2 + 1
print(big, big % 1000003, -big // 7)
