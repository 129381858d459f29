"""Mathematical functions for complex numbers (CPython 3.11's `cmath`), computed with
the formulas of CPython's C module (scaled square root, log1p near the unit circle,
the large-argument branches), so finite results agree bit for bit; non-finite
arguments follow C99 Annex G for the common cases."""

import math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
           'exp', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10',
           'phase', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
           'pi', 'e', 'tau', 'inf', 'infj', 'nan', 'nanj']

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE_DOUBLE = _DBL_MAX / 4.0
_SQRT_LARGE_DOUBLE = math.sqrt(_LARGE_DOUBLE)
_LOG_LARGE_DOUBLE = math.log(_LARGE_DOUBLE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684


# C's hypot() as glibc computes it (CPython's cmath calls it; math.hypot rounds
# differently in the last place now and then).
_SCALE = 2.0 ** -600
_HYPOT_LARGE = 2.0 ** 511
_HYPOT_TINY = 2.0 ** -511
_HYPOT_EPS = 2.0 ** -54


def _hypot_kernel(ax, ay):
    h = math.sqrt(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        delta = h - ay
        t1 = ax * (2.0 * delta - ax)
        t2 = (delta - 2.0 * (ax - ay)) * delta
    else:
        delta = h - ax
        t1 = 2.0 * delta * (ax - 2.0 * ay)
        t2 = (4.0 * delta - ay) * ay + delta * delta
    return h - (t1 + t2) / (2.0 * h)


def _hypot(x, y):
    if math.isinf(x) or math.isinf(y):
        return inf
    if math.isnan(x) or math.isnan(y):
        return nan
    x = abs(x)
    y = abs(y)
    ax, ay = (y, x) if x < y else (x, y)
    if ax > _HYPOT_LARGE:
        if ay <= ax * _HYPOT_EPS:
            return ax + ay
        return _hypot_kernel(ax * _SCALE, ay * _SCALE) / _SCALE
    if ay < _HYPOT_TINY:
        if ax >= ay / _HYPOT_EPS:
            return ax + ay
        return _hypot_kernel(ax / _SCALE, ay / _SCALE) * _SCALE
    if ay <= ax * _HYPOT_EPS:
        return ax + ay
    return _hypot_kernel(ax, ay)


def _z(x):
    if isinstance(x, complex):
        return x
    if isinstance(x, (int, float)):
        return complex(float(x), 0.0)
    if hasattr(type(x), '__complex__'):
        return complex(x)
    if hasattr(type(x), '__float__') or hasattr(type(x), '__index__'):
        return complex(float(x), 0.0)
    raise TypeError("must be real number, not %s" % type(x).__name__)


def _finite(z):
    return math.isfinite(z.real) and math.isfinite(z.imag)


def _check(r):
    if math.isinf(r.real) or math.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def _phase(z):
    r = math.atan2(z.imag, z.real)
    # C's atan2 reports an underflowing result (errno ERANGE): CPython raises.
    if z.imag != 0.0 and math.isfinite(z.imag) and r == 0.0:
        raise OverflowError("math range error")
    return r


def phase(z):
    return _phase(_z(z))


def polar(z):
    z = _z(z)
    phi = math.atan2(z.imag, z.real)
    r = _hypot(z.real, z.imag)
    if math.isinf(r) and _finite(z):
        raise OverflowError("math range error")
    return r, phi


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if math.isfinite(r) and math.isinf(phi):
        if r == 0.0:
            return complex(0.0, 0.0)
        raise ValueError("math domain error")
    if math.isinf(r) and math.isfinite(phi) and phi != 0.0:
        if r > 0:
            return complex(math.copysign(inf, math.cos(phi)),
                           math.copysign(inf, math.sin(phi)))
        return complex(-math.copysign(inf, math.cos(phi)),
                       -math.copysign(inf, math.sin(phi)))
    if phi == 0.0:
        return complex(r, phi * r if math.isfinite(r) else phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z):
    z = _z(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isnan(z):
    z = _z(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isinf(z):
    z = _z(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _z(a)
    b = _z(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or
            (diff <= abs_tol))


def _sqrt(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if math.isinf(y):
            return complex(inf, y)
        if math.isnan(x):
            return complex(nan, nan)
        if math.isinf(x):
            if x > 0:
                return complex(x, math.copysign(0.0, y) if not math.isnan(y) else nan)
            return complex(abs(y - y) if not math.isnan(y) else nan, math.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + _hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def sqrt(z):
    return _sqrt(_z(z))


def _log(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if math.isnan(x) or math.isnan(y):
            if math.isinf(x) or math.isinf(y):
                return complex(inf, nan)
            return complex(nan, nan)
        return complex(inf, math.atan2(y, x))
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        real = math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(_hypot(math.ldexp(ax, 53),
                                       math.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, math.atan2(y, x))


def log(x, base=None):
    r = _log(_z(x))
    if base is not None:
        b = _log(_z(base))
        try:
            r = r / b
        except ZeroDivisionError:
            raise ValueError("math domain error") from None
    return r


def log10(z):
    r = _log(_z(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def exp(z):
    z = _z(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            if x > 0:
                return complex(math.copysign(inf, math.cos(y)),
                               math.copysign(inf, math.sin(y)))
            return complex(math.copysign(0.0, math.cos(y)),
                           math.copysign(0.0, math.sin(y)))
        if math.isinf(x) and y == 0.0:
            return complex(math.exp(x), y)
        if x == -inf:
            return complex(0.0, 0.0)
        if x == inf:
            return complex(inf, nan)
        if math.isinf(y) and math.isfinite(x):
            raise ValueError("math domain error")
        return complex(nan, nan if y != 0.0 else y)
    if x > _LOG_LARGE_DOUBLE - 1:
        l = math.exp(x - 1.0)
        r = complex(l * math.cos(y) * math.e, l * math.sin(y) * math.e)
    else:
        l = math.exp(x)
        r = complex(l * math.cos(y), l * math.sin(y))
    return _check(r)


def _sinh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        return complex(math.sinh(x) * math.cos(y) if y != 0.0 else math.sinh(x),
                       math.cosh(x) * math.sin(y) if y != 0.0 else y)
    if abs(x) > _LOG_LARGE_DOUBLE:
        xm1 = x - math.copysign(1.0, x)
        r = complex(math.cos(y) * math.sinh(xm1) * math.e,
                    math.sin(y) * math.cosh(xm1) * math.e)
    else:
        r = complex(math.cos(y) * math.sinh(x), math.sin(y) * math.cosh(x))
    return _check(r)


def _cosh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        return complex(math.cosh(x) * math.cos(y) if y != 0.0 else math.cosh(x),
                       math.sinh(x) * math.sin(y) if y != 0.0 else y * x if x != 0 else y)
    if abs(x) > _LOG_LARGE_DOUBLE:
        xm1 = x - math.copysign(1.0, x)
        r = complex(math.cos(y) * math.cosh(xm1) * math.e,
                    math.sin(y) * math.sinh(xm1) * math.e)
    else:
        r = complex(math.cos(y) * math.cosh(x), math.sin(y) * math.sinh(x))
    return _check(r)


def _tanh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if math.isinf(x) and math.isfinite(y):
            return complex(math.copysign(1.0, x),
                           math.copysign(0.0, 2.0 * math.sin(y) * math.cos(y)))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE_DOUBLE:
        return complex(math.copysign(1.0, x),
                       4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z):
    return _sinh(_z(z))


def cosh(z):
    return _cosh(_z(z))


def tanh(z):
    return _tanh(_z(z))


def sin(z):
    z = _z(z)
    s = _sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z):
    z = _z(z)
    return _cosh(complex(-z.imag, z.real))


def tan(z):
    z = _z(z)
    s = _tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def _asinh(z):
    x, y = z.real, z.imag
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        if y >= 0:
            real = math.copysign(math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -math.copysign(math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(real, math.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z):
    return _asinh(_z(z))


def asin(z):
    z = _z(z)
    s = _asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _z(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        real = math.atan2(abs(y), x)
        if x < 0:
            imag = -math.copysign(math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            imag = math.copysign(math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(real, imag)
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * math.atan2(s1.real, s2.real),
                   math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _z(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        return complex(math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0,
                       math.atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * math.atan2(s1.imag, s2.real))


def _atanh(z):
    x, y = z.real, z.imag
    if x < 0:
        r = _atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        h = _hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -math.copysign(math.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-math.log(math.sqrt(ay) / math.sqrt(_hypot(ay, 2.0))),
                       math.copysign(math.atan2(2.0, -ay) / 2.0, y))
    real = math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    imag = -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atanh(z):
    return _atanh(_z(z))


def atan(z):
    z = _z(z)
    s = _atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)
