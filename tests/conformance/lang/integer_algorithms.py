def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def is_prime(n):
    if n < 2: return False
    i = 2
    while i * i <= n:
        if n % i == 0: return False
        i += 1
    return True
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(flags[i * i::i])
    return [i for i, f in enumerate(flags) if f]
def digits_sum(n):
    return sum(int(d) for d in str(n))
def to_base(n, b):
    if n == 0: return "0"
    out = []
    while n:
        n, r = divmod(n, b)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    return "".join(reversed(out))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(gcd(1071, 462), gcd(2**40, 6**20), [n for n in range(50) if is_prime(n)])
print(len(sieve(10000)), sieve(10000)[-3:], digits_sum(2 ** 1000), to_base(255, 2), to_base(10**20, 36))
print(isqrt(10**40), isqrt(2), [isqrt(i) for i in range(10)], pow(2, 10**5, 10**9 + 7))
def modinv(a, m):
    return pow(a, -1, m)
print(modinv(3, 11), (3 * modinv(3, 11)) % 11, sum(i ** 3 for i in range(100)) == (99 * 100 // 2) ** 2)
