"""numbers: the tower's registrations and mixins."""
import fractions
import decimal


def run(t):
    values = [1, True, 2.5, 1j, fractions.Fraction(1, 3), decimal.Decimal('1.5'), 'x', None]
    for name in ('Number', 'Complex', 'Real', 'Rational', 'Integral'):
        for v in values[:4] + values[6:]:
            t.same('isinstance(%r, %s)' % (v, name), lambda m: isinstance(v, getattr(m, name)))

    def custom(m):
        class MyInt(m.Integral):
            def __init__(self, v):
                self.v = v
            for op in ('__int__', '__pow__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__',
                       '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__', '__floordiv__',
                       '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__', '__trunc__', '__floor__',
                       '__ceil__', '__round__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__', '__rmul__',
                       '__truediv__', '__rtruediv__', '__rpow__', '__abs__', '__eq__'):
                locals()[op] = lambda self, *a: self.v
            del op
        x = MyInt(7)
        return float(x), x.numerator, x.denominator, x.__index__(), x.real, x.imag, complex(x)
    t.same('Integral mixins', custom)

    def abstract(m):
        class R(m.Real):
            pass
        R()
    t.same('abstract Real', abstract)
