import math
cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: math.log(10, 1),
    lambda: math.acos(2),
    lambda: math.asin(-2),
    lambda: math.exp(1000),
    lambda: math.pow(0, -1),
    lambda: math.pow(-8, 1 / 3),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.isqrt(-1),
    lambda: math.comb(-1, 2),
    lambda: math.fmod(1, 0),
    lambda: math.ldexp(1.0, 10**5),
    lambda: math.floor(math.inf),
    lambda: math.ceil(math.nan),
    lambda: math.gamma(0),
    lambda: math.sqrt("x"),
    lambda: math.gcd(1.5, 2),
    lambda: math.atanh(1),
    lambda: math.cosh(1000),
    lambda: math.log10(-5),
    lambda: math.trunc("s"),
    lambda: math.dist((1,), (1, 2)),
]
for c in cases:
    try:
        print("ok", c())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf), math.atan(math.inf), math.tanh(1000))
print(math.copysign(1, math.nan) in (1.0, -1.0), math.isnan(math.inf - math.inf), math.fsum([1e308, 1e308, -1e308]) if False else "skip")
