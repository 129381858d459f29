a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b, divmod(-a, b))
print(-a // 7, -a % 7)
print(a >> 150, a << 3, -a >> 190)
print(a & b, a | b, a ^ b, ~a)
print(a == 2 ** 200, a > b, -a < -b)
f = 1
for i in range(1, 40):
    f *= i
print(f)
print(str(f)[::-1][:10], len(str(f)))
print(hex(a), oct(b)[:20], bin(2**70))
print(pow(a, 3, 10**9 + 7), pow(7, 10**20, 13))
print(float(a), float(2**1023), a / b)
print(int(1e20), int(-1.5e19))
print(abs(-a) == a, -(-a) == a, bool(a - a))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10**30 // 10**15, (10**30 + 1) % 10**15)
print(sum(range(10**6, 10**6 + 10)) * 10**20)
print((-(2**64)) // 3, (-(2**64)) % 3, (2**64) // -3)
