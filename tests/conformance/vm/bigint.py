a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a * b)
print(a - b, b - a)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a >> 190, a << 3)
print(a & (b - 1), a | 1, a ^ b)
print(a == 2 ** 200, a < b, a > b, a != b)
print(str(10 ** 50), len(str(10 ** 100)))
print(int("123456789012345678901234567890") + 1)
n = 1
for i in range(1, 30):
    n *= i
print(n)
print(hash(a) == hash(2 ** 200), hash(10 ** 30))
print(float(2 ** 80), 2 ** 80 / 2 ** 78)
print(abs(-(10 ** 40)), -(10 ** 40))
print((10 ** 20) ** 3 // (10 ** 59))
