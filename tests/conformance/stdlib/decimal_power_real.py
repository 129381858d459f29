# x ** y with non-integral or infinite y: context rounding, exact results, specials, flags
from decimal import *
D=Decimal
for r in (ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN, ROUND_FLOOR):
  c=Context(prec=5, rounding=r); print(r, c.power(D(2),D('0.5')), c.power(D(3),D('1.5')), c.power(D('0.3'),D('2.5')))
c=Context(); c.clear_traps()
for a,b in [(0,'0.5'),(0,'-0.5'),(1,'0.5'),('1.00','0.5'),('Inf','0.5'),('Inf','-0.5'),(2,'Inf'),('0.5','Inf'),(1,'Inf'),(2,'-Inf'),(-2,'0.5'),(-2,'Inf'),('-Inf','0.5'),(4,'0.5'),(9,'1.5'),(100,'0.5'),(2,'-0.5'),('1e-10','0.5'),('0','Inf'), (2, '1e-30'), (10, '1e5'), (-0.0, '0.5'), (8, '0.3333333333333333333333333333'), ('1.5', '100.25'), ('0.999', '-12345.6'), (7, '1e6'), ('2', '3.3219280948873623478703194294')]:
  c.clear_flags(); r=c.power(D(a),D(b)); print(a,b,repr(r),sorted(k.__name__ for k,v in c.flags.items() if v))
print(D(2) ** D('0.5'), D('1.07') ** D('12.5'), 2 ** D('0.5'), D('0.5') ** 2)
getcontext().prec = 50
print(D(2).sqrt(), D(2) ** D('0.5'), D(10).ln(), D(1).exp(), D(2).log10())
try:
    D('1e10').exp()
except Overflow as e:
    print(type(e).__name__, e)
try:
    D(-1).ln()
except InvalidOperation as e:
    print(type(e).__name__, e)
import math
print(D(math.pi).exp(), D('12345678901234567890').ln(), D('3e-500').ln(), D('-1234.5').exp(), D('230258.5').exp())
# exact results under directed roundings follow C decimal's working-precision steps
for r in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_HALF_UP):
    c = Context(prec=16, rounding=r)
    print(r, c.power(D('25E-30'), D('-1.5')), c.power(D(4), D('0.5')), c.power(D('1.21'), D('1.5')), c.power(D(1), D('0.7')))
