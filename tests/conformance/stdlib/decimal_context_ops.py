# Context arithmetic methods (add .. to_sci_string), and coefficients past the int/str digit limit.
from decimal import *
c = Context(prec=6, rounding=ROUND_HALF_EVEN)
D = Decimal
print(c.add(D('1.23456789'), 1), c.subtract(1, D('0.0000001')), c.multiply(D(3), D('1.1111111')))
print(c.divide(1, 7), c.divide_int(7, 2), c.remainder(7, 3), c.divmod(7, 3), c.power(2, 10))
print(c.quantize(D('1.23456'), D('0.01')), c.compare(1, 2), c.max(1, 2), c.min(D('1.5'), 2), c.sqrt(2))
print(c.normalize(D('1.2300')), c.to_integral_value(D('2.5')), c.copy_sign(1, -2), c.fma(2, 3, 4))
print(c.same_quantum(D('1.0'), D('2.0')), c.is_zero(0), c.to_sci_string(D('1E+3')), c.logb(D(250)))
try:
    c.add('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
getcontext().prec = MAX_PREC
getcontext().Emax = MAX_EMAX
getcontext().Emin = MIN_EMIN
x = D(10) ** 5000
y = x * x + 1
print(y.adjusted(), (y - x * x), len(str(D(2) ** 20000)))
