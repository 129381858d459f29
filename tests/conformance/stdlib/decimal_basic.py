"""decimal: arithmetic under the default and local contexts, quantize with
rounding modes (a telco-style billing loop), str/repr, comparisons and hashing
with ints, format(), signals and traps."""
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING, InvalidOperation,
                     DivisionByZero, Inexact)
import decimal

print(Decimal('1.30') + Decimal('1.70'), Decimal(1) / 7, Decimal(2).sqrt())
print(repr(Decimal('0.1')), Decimal(0.1), Decimal('-0') + 0, Decimal('1e5'), Decimal('123E-10'))
print(Decimal('1E+2').normalize(), Decimal('100').normalize(), Decimal('0.000001'), Decimal('0.0000001'))
print(Decimal(10) ** -2, Decimal(3) ** 30, Decimal('1.5') ** 2, Decimal(-7) % 3, Decimal(-7) // 3,
      divmod(Decimal(7), Decimal('-2')))
print(round(Decimal('2.5')), round(Decimal('2.675'), 2), int(Decimal('-3.9')), float(Decimal('0.1')))
print(Decimal('1.10').as_tuple(), Decimal(5).compare(3), Decimal('1.1') + Decimal('2.2'))
print(sum([Decimal('0.1')] * 10), sorted([Decimal('1.1'), Decimal('-2'), Decimal('0.5'), Decimal(1)]))
print(Decimal(2) == 2, hash(Decimal(5)) == hash(5), hash(Decimal('0.5')) == hash(0.5), Decimal('1.5') < 2)
print(f'{Decimal("1234.5678"):,.2f}', format(Decimal('0.5'), '%'), format(Decimal('12.5'), 'e'),
      format(Decimal('1e-10'), 'f'), format(Decimal('123.456'), '>12.1f'), format(Decimal('1E+3'), 'g'))

rates = [Decimal('0.0013'), Decimal('0.00894')]
taxes = [Decimal('0.0675'), Decimal('0.0341')]
twodig = Decimal('0.01')
total = Decimal(0)
total_tax = Decimal(0)
getcontext().rounding = ROUND_DOWN
for i, secs in enumerate([23, 123, 47, 1800, 3, 61, 600, 599, 1]):
    r = rates[i % 2]
    price = (r * secs).quantize(twodig, rounding=ROUND_HALF_EVEN)
    tax = (price * taxes[0]).quantize(twodig)
    dtax = (price * taxes[1]).quantize(twodig) if i % 3 == 0 else Decimal(0)
    total += price + tax + dtax
    total_tax += tax + dtax
    print('%8s %8s %8s %8s' % (price, tax, dtax, price + tax + dtax))
print('total', total, 'tax', total_tax)
getcontext().rounding = ROUND_HALF_EVEN

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, Decimal('123456789') + 0, ctx.flags[Inexact])
with localcontext(prec=50):
    print(Decimal(1) / 7)
print(Decimal(1) / 7)
for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING):
    print(mode, [str(Decimal(v).quantize(Decimal('1'), rounding=mode)) for v in ('2.5', '-2.5', '3.5', '2.1')])

for f in (lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0,
          lambda: Decimal('1e100').quantize(Decimal('0.1'))):
    try:
        f()
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e)
c = Context(prec=6, traps=[])
print(c.create_decimal('3.14159265'), repr(c))
print(repr(getcontext()))
print(Decimal('1.20') * 3, Decimal(1) - Decimal('0.99'), -Decimal('5'), abs(Decimal('-2.50')))
print(Decimal('12.345').quantize(Decimal('0.01')), Decimal('7.325').quantize(Decimal('1.')))
print(decimal.Decimal('Infinity') > 10 ** 100, Decimal('NaN') != Decimal('NaN'), Decimal('-Inf'))
