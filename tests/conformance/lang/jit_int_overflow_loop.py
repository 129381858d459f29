x = 1
for i in range(100):
    x = x * 3 + 1
    if i % 20 == 0:
        print(i, x)
print(x, x.bit_length())
y = 2 ** 62 - 10
for i in range(20):
    y += 1
print(y, type(y).__name__, y - 2 ** 62)
z = -(2 ** 62) + 5
for i in range(10):
    z -= 1
print(z, z + 2 ** 62)
acc = 0
for i in range(1000):
    acc += i * i * i * i * i
print(acc)
m = 1
for i in range(1, 40):
    m *= i
    m //= 1 if i % 2 else 1
print(m)
n = 2 ** 63
for i in range(10):
    n >>= 1
    n = n - 1
print(n)
k = 4611686018427387903
print(k + 1, k * 2, -k - 2, k << 1, (k + 1) >> 1)
