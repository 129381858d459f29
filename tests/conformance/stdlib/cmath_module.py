# cmath: the functions on ordinary, large, tiny and signed-zero arguments.
import cmath

vals = [0j, 1, -1, 0.5, 2 + 3j, -2.5 + 0.1j, 1e-300 + 1e-300j, 1e300 - 2e299j, 3.7j,
        -0.2 - 0.9j, 0.71 + 0.1j, complex(1, -0.0), complex(-0.0, 0.0), 1e-320j,
        complex(5.6, -5.9), complex(-8.7, -4.8), complex(0.38, 8.43)]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
             "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar"]:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(cmath, name)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(name, " ".join(out))
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.rect(2, 0.5), cmath.rect(1, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1),
      cmath.isclose(1j, 1.05j, abs_tol=0.1))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(cmath.inf, 0)), cmath.isnan(cmath.nanj))
print(cmath.exp(complex(1000, 0)) if False else "", cmath.sqrt(-4), cmath.polar(-1))
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.exp(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.cosh(1000),
            lambda: cmath.atanh(1), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()))

import math
for x in [-2.5, -0.3, 1e-30, 0.48, 0.9, 1.6, 2.8, 7.5, 1e10, 1e300]:
    print(x, math.asinh(x), math.asinh(-x), math.acosh(abs(x) + 1), math.atanh(x / (abs(x) + 1)) if abs(x) < 1e6 else None)
