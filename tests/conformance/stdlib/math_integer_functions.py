import math
print([math.comb(6, k) for k in range(7)], [math.perm(4, k) for k in range(6)])
print(math.factorial(50) // math.factorial(48), math.comb(100, 50), math.isqrt(99), math.isqrt(100), math.isqrt(0))
print(math.gcd(-12, 18), math.gcd(0, 0), math.lcm(0, 5), math.lcm(-4, 6), math.gcd(2 ** 100, 2 ** 60 * 3))
print([math.isqrt(n) ** 2 == n for n in (0, 1, 15, 16, 10 ** 30)])
for bad in [lambda: math.comb(5, -1), lambda: math.perm(-1), lambda: math.factorial(-5), lambda: math.isqrt(-4), lambda: math.comb(1.5, 1), lambda: math.gcd("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
