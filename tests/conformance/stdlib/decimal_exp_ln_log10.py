# exp, ln, log10: correctly rounded half-even at every precision and rounding, exact cases, specials, flags
from decimal import *
D=Decimal
for x in ['0','1','1.000','2','10','100','0.001','-1','1e-50','-1e-50','123.456','1e10','-1e10','Inf','-Inf','NaN','0.5','1E+5','-0', '2.5E-7','1e999999', '0.99999999999999999999999999999999999', '1.0000000000000000000000000000000000001']:
    for f in ('exp','ln','log10'):
        c=getcontext().copy(); c.clear_traps()
        try: r=getattr(D(x),f)(c); print(x,f,repr(r),sorted(k.__name__ for k,v in c.flags.items() if v))
        except Exception as e: print(x,f,'EXC',type(e).__name__)
print(repr(D(4)**D('0.5')), repr(D(2)**D('0.5')), repr(D('1.21')**D('0.5')), repr(D(8)**D('1.0')),repr(D(2)**D('-1.5')), repr(D(10)**D('0.3')))
c=getcontext().copy(); c.prec=5; c.rounding=ROUND_DOWN; print(repr(c.power(D(4),D("0.5"))), repr(c.power(D(2),D("0.5"))), c.flags[Inexact])
for p in (1,2,5,9,40,60):
    with localcontext() as c:
        c.prec=p
        for r in (ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN, ROUND_CEILING):
            c.rounding=r
            print(p, r, D('3.7').exp(), D('0.123').ln(), D('-7.25').exp(), D('98765.4321').log10(), D('1e-20').exp(), D('-1e-30').exp())
