"""decimal: the commonly used part of CPython 3.11's decimal module.

Decimal is (sign, integer coefficient, exponent) or a special value (NaN,
sNaN, Infinity). Supported: construction from str/int/float/tuple/Decimal,
+ - * / // % divmod ** (integral exponents), unary ops, abs, comparisons and
hashing consistent with int/float/Fraction, quantize, normalize,
to_integral(_value/_exact), sqrt, compare, max/min, copy_* , as_tuple,
as_integer_ratio, adjusted, predicates, int/float/round/floor/ceil, str/repr,
to_eng_string, format() (f/F/e/E/g/G/%/n and no type, fill/align/sign/width,
thousands separators), Context (prec, rounding, Emin, Emax, capitals, clamp,
flags, traps with C decimal's exception texts), getcontext, setcontext,
localcontext, the signals and rounding constants.
exp, ln, log10 (correctly rounded) and non-integral powers (C decimal's steps). Missing (raise NotImplementedError): three-argument pow,
logical_* operations, rotate/shift/scaleb, next_* and the Context arithmetic
methods other than create_decimal/create_decimal_from_float/plus/minus/abs.
"""

import math as _math
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
           DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
           InvalidContext, Rounded, Subnormal, Overflow, Underflow,
           FloatOperation):
    _c.__module__ = 'decimal'

# the order C decimal lists signals in (its flag bits)
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact,
            FloatOperation, Overflow, Rounded, Subnormal, Underflow]
# conditions that are signalled as InvalidOperation
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}


# C decimal's condition bits: a context's repr lists the set signals in the
# order of the lowest condition bit that set them
_BIT = {Clamped: 1, ConversionSyntax: 2, DivisionByZero: 4,
        DivisionImpossible: 8, DivisionUndefined: 16, Inexact: 64,
        InvalidContext: 128, InvalidOperation: 256, FloatOperation: 1024,
        Overflow: 2048, Rounded: 4096, Subnormal: 8192, Underflow: 16384}


def _natural_bit(sig):
    return 2 if sig is InvalidOperation else _BIT[sig]


class _SignalDict(dict):
    """flags/traps: a dict keyed by the signal classes."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError('invalid signal dict')
        dict.__setitem__(self, key, bool(value))
        self._note(key, _natural_bit(key))

    def _note(self, key, bit):
        pos = self.__dict__.setdefault('_pos', {})
        if key not in pos or bit < pos[key]:
            pos[key] = bit

    def _ordered(self):
        pos = self.__dict__.get('_pos', {})
        on = [s for s in _SIGNALS if dict.__getitem__(self, s)]
        return sorted(on, key=lambda s: pos.get(s, _natural_bit(s)))

    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v)
                               for k, v in self.items()) + '}'


def _signal_dict(on):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, s in on)
    return d


class Context:
    """Precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (
            dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if flags is None:
            flags = []
        if traps is None:
            traps = [s for s in _SIGNALS if dc.traps[s]] if dc else \
                [InvalidOperation, DivisionByZero, Overflow]
        if isinstance(flags, dict):
            flags = [s for s, v in flags.items() if v]
        if isinstance(traps, dict):
            traps = [s for s, v in traps.items() if v]
        object.__setattr__(self, 'flags', _signal_dict(flags))
        object.__setattr__(self, 'traps', _signal_dict(traps))

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name in ('flags', 'traps'):
            if isinstance(value, list):
                value = _signal_dict(value)
            elif isinstance(value, dict):
                value = _signal_dict([s for s, v in value.items() if v])
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'"
                                 % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp,
                    ', '.join(s.__name__ for s in self.flags._ordered()),
                    ', '.join(s.__name__ for s in self.traps._ordered())))

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)
        self.flags.__dict__['_pos'] = {}

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp,
                       [s for s in _SIGNALS if self.flags[s]],
                       [s for s in _SIGNALS if self.traps[s]])

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, result=None):
        """Signal a condition: set its flag; raise if trapped."""
        sig = _CONDITION_SIGNAL.get(condition, condition)
        dict.__setitem__(self.flags, sig, True)
        self.flags._note(sig, _BIT[condition])
        if self.traps[sig]:
            raise sig([condition])
        return result

    def _raise_many(self, conds):
        trapped = []
        for c in conds:
            sig = _CONDITION_SIGNAL.get(c, c)
            dict.__setitem__(self.flags, sig, True)
            self.flags._note(sig, _BIT[c])
            if self.traps[sig]:
                trapped.append(c)
        if trapped:
            first = _CONDITION_SIGNAL.get(trapped[0], trapped[0])
            order = [s for s in _SIGNALS if s in trapped]
            raise first(order if order else trapped)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise(ConversionSyntax, _NaN)
        d = Decimal(num, context=self)
        if d._special:
            if d._exp == 'n' and len(_int_str(d._int)) > self.prec - self.clamp:
                return self._raise(ConversionSyntax, _NaN)
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    # Arithmetic as Context methods: operands are Decimals or ints (others raise).
    def add(self, a, b):
        return _conv(a, True).__add__(_conv(b, True), context=self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(_conv(b, True), context=self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(_conv(b, True), context=self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(_conv(b, True), context=self)

    def divide_int(self, a, b):
        return _conv(a, True).__floordiv__(_conv(b, True), context=self)

    def remainder(self, a, b):
        return _conv(a, True).__mod__(_conv(b, True), context=self)

    def divmod(self, a, b):
        return _conv(a, True).__divmod__(_conv(b, True), context=self)

    def remainder_near(self, a, b):
        return _conv(a, True).remainder_near(_conv(b, True), context=self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(_conv(b, True), modulo, context=self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(_conv(b, True), context=self)

    def compare(self, a, b):
        return _conv(a, True).compare(_conv(b, True), context=self)

    def compare_total(self, a, b):
        return _conv(a, True).compare_total(_conv(b, True))

    def max(self, a, b):
        return _conv(a, True).max(_conv(b, True), context=self)

    def min(self, a, b):
        return _conv(a, True).min(_conv(b, True), context=self)

    def same_quantum(self, a, b):
        return _conv(a, True).same_quantum(_conv(b, True))

    def copy_sign(self, a, b):
        return _conv(a, True).copy_sign(_conv(b, True))

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(context=self)

    def exp(self, a):
        return _conv(a, True).exp(context=self)

    def ln(self, a):
        return _conv(a, True).ln(context=self)

    def log10(self, a):
        return _conv(a, True).log10(context=self)

    def normalize(self, a):
        return _conv(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def logb(self, a):
        return _conv(a, True).logb(context=self)

    def copy_abs(self, a):
        return _conv(a, True).copy_abs()

    def copy_negate(self, a):
        return _conv(a, True).copy_negate()

    def copy_decimal(self, a):
        return Decimal(_conv(a, True))

    def is_zero(self, a):
        return _conv(a, True).is_zero()

    def is_signed(self, a):
        return _conv(a, True).is_signed()

    def is_nan(self, a):
        return _conv(a, True).is_nan()

    def is_finite(self, a):
        return _conv(a, True).is_finite()

    def is_infinite(self, a):
        return _conv(a, True).is_infinite()

    def to_sci_string(self, a):
        return _conv(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _conv(a, True).to_eng_string(context=self)

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp,
                                 [s for s in _SIGNALS if self.flags[s]],
                                 [s for s in _SIGNALS if self.traps[s]]))


Context.__module__ = 'decimal'

# ---------------------------------------------------------------- helpers


def _int_str(c):
    # str() of a coefficient of any size (Decimal is not bound by the int/str limit).
    if c < 10 ** 4000:
        return str(c)
    limit = _sys.get_int_max_str_digits()
    _sys.set_int_max_str_digits(0)
    try:
        return str(c)
    finally:
        _sys.set_int_max_str_digits(limit)


_POW10 = [10 ** _i for _i in range(20)]
_POW10_18 = _POW10[18]


def _ndigits(c):
    if c < _POW10_18:
        # floor(log10(2) * bit_length) is the digit count or one less.
        t = (c.bit_length() * 1233) >> 12
        return t + 1 if c >= _POW10[t] else (t or 1)
    # Huge coefficients: estimate from the bit length, then correct (no str(), which
    # is quadratic and limited by sys.set_int_max_str_digits).
    e = ((c.bit_length() - 1) * 30103) // 100000
    while 10 ** (e + 1) <= c:
        e += 1
    while 10 ** e > c:
        e -= 1
    return e + 1


def _round_drop(sign, c, n, rounding):
    """Drop n > 0 trailing digits of c under rounding: (new c, inexact)."""
    p = 10 ** n
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    half = p // 2
    if rounding == ROUND_HALF_EVEN:
        inc = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        inc = r >= half
    elif rounding == ROUND_DOWN:
        inc = False
    elif rounding == ROUND_UP:
        inc = True
    elif rounding == ROUND_HALF_DOWN:
        inc = r > half
    elif rounding == ROUND_CEILING:
        inc = sign == 0
    elif rounding == ROUND_FLOOR:
        inc = sign == 1
    else:  # ROUND_05UP
        inc = q % 10 in (0, 5)
    return q + (1 if inc else 0), True


def getcontext():
    return _current[0]


def setcontext(ctx):
    if ctx in (DefaultContext, BasicContext, ExtendedContext):
        ctx = ctx.copy()
        ctx.clear_flags()
    if not isinstance(ctx, Context):
        raise TypeError('argument must be a context')
    _current[0] = ctx


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    cm = _ContextManager(ctx)
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                     'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(cm.new_context, k, v)
    return cm


def _conv(other, strict=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


# ---------------------------------------------------------------- Decimal

class Decimal:
    """A decimal floating-point number."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._special = value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = False
            return self
        if isinstance(value, str):
            return _from_str(self, value, context)
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            if context.traps[FloatOperation]:
                context._raise(FloatOperation)
            dict.__setitem__(context.flags, FloatOperation, True)
            context.flags._note(FloatOperation, _BIT[FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = \
                d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            return _from_tuple(self, value)
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if _math.isnan(f):
            return cls('-NaN' if _math.copysign(1.0, f) < 0 else 'NaN')
        if _math.isinf(f):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 0 if _math.copysign(1.0, f) > 0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = _make(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # -- attributes
    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- predicates
    def is_nan(self):
        return self._special and self._exp in ('n', 'N')

    def is_qnan(self):
        return self._special and self._exp == 'n'

    def is_snan(self):
        return self._special and self._exp == 'N'

    def is_infinite(self):
        return self._special and self._exp == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._special:
            if self._exp == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            digits = tuple(int(c) for c in _int_str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in _int_str(self._int)),
                            self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- conversions
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = _int_str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        coeff = _int_str(self._int)
        exp = self._exp
        leftdigits = exp + len(coeff)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            if context is None:
                context = getcontext()
            e = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            if self.is_nan():
                return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._special or self._int != 0

    def __floor__(self):
        if self._special:
            int(self)
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            int(self)
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_make(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    # -- rounding to a context
    def _fix(self, context):
        """Round to the context's precision and check the exponent range."""
        if self._special:
            if self._exp == 'n' and self._int:
                digits = _ndigits(self._int)
                keep = context.prec - context.clamp
                if digits > keep:
                    return _make_special(self._sign, int(_int_str(self._int)[-keep:] or 0), 'n')
            return self
        c = self._int
        e = self._exp
        prec = context.prec
        etiny = context.Emin - prec + 1
        etop = context.Emax - prec + 1
        if not c:
            exp_max = etop if context.clamp else context.Emax
            new = min(max(e, etiny), exp_max)
            if new != e:
                context._raise(Clamped)
                return _make(self._sign, 0, new)
            return self
        if c >= _POW10_18:
            # Huge coefficient: bound its digit count by its bit length; when the bounds
            # already show it needs no rounding and stays in range, skip the exact count.
            bl = c.bit_length()
            dhi = (bl * 30103) // 100000 + 2
            if (dhi <= prec and e + dhi - 1 <= context.Emax
                    and e + ((bl - 1) * 30102) // 100000 >= context.Emin
                    and not (context.clamp and e > etop)):
                return self
        digits = _ndigits(c)
        conds = []
        adj = e + digits - 1
        if adj > context.Emax:
            return _overflow(self._sign, context)
        if adj < context.Emin:
            # subnormal: round to Etiny
            if e < etiny:
                drop = etiny - e
                c2, inexact = _round_drop(self._sign, c, drop, context.rounding)
                conds = [Subnormal, Rounded]
                if inexact:
                    conds = [Underflow, Subnormal, Inexact, Rounded]
                    if not c2:
                        conds.append(Clamped)
                result = _make(self._sign, c2, etiny)
                context._raise_many(conds)
                return result
            context._raise(Subnormal)
            return self
        if digits > prec:
            drop = digits - prec
            c, inexact = _round_drop(self._sign, c, drop, context.rounding)
            e += drop
            if _ndigits(c) > prec:
                c //= 10
                e += 1
            conds = [Rounded]
            if inexact:
                conds = [Inexact, Rounded]
            if e + prec - 1 > context.Emax:
                return _overflow(self._sign, context)
            result = _make(self._sign, c, e)
            context._raise_many(conds)
            return result
        if context.clamp and e > etop:
            c = c * 10 ** (e - etop)
            context._raise(Clamped)
            return _make(self._sign, c, etop)
        return self

    def _rescale(self, exp, rounding):
        """The value with exponent exp (coefficient rounded if it shrinks)."""
        if self._special:
            return self
        if not self._int:
            return _make(self._sign, 0, exp)
        if self._exp >= exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        drop = exp - self._exp
        c, _ = _round_drop(self._sign, self._int, drop, rounding)
        return _make(self._sign, c, exp)

    # -- special-value checks
    def _check_nans(self, other=None, context=None):
        """The NaN result (signalling if sNaN) or None."""
        a = self._special and self._exp in ('n', 'N')
        b = other is not None and other._special and other._exp in ('n', 'N')
        if not a and not b:
            return None
        if context is None:
            context = getcontext()
        if self.is_snan():
            return context._raise(InvalidOperation, _make_special(self._sign, self._int, 'n'))
        if other is not None and other.is_snan():
            return context._raise(InvalidOperation, _make_special(other._sign, other._int, 'n'))
        if a:
            return self._fix_nan(context)
        return other._fix_nan(context)

    def _fix_nan(self, context):
        return self._fix(context)

    # -- arithmetic
    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if not self._special and not self._int and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)._fix(context)
        return _copy(self)._fix(context)

    plus = __pos__

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if not self._special and not self._int and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)._fix(context)
        return _negated(self)._fix(context)

    minus = __neg__

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        return (self.__neg__(context) if self._sign else self.__pos__(context))

    def __add__(self, other, context=None):
        if type(other) is int:
            other = _make(1, -other, 0) if other < 0 else _make(0, other, 0)
        else:
            other = _conv(other)
            if other is NotImplemented:
                return other
        if context is None:
            context = _current[0]
        if not self._special and not other._special and self._int and other._int:
            # Fast path: two finite non-zero operands.
            exp = self._exp
            if other._exp == exp:
                a, b = self._int, other._int
            else:
                exp = min(exp, other._exp)
                a = self._int * 10 ** (self._exp - exp)
                b = other._int * 10 ** (other._exp - exp)
            if self._sign:
                a = -a
            if other._sign:
                b = -b
            s = a + b
            if s:
                return _make(1 if s < 0 else 0, abs(s), exp)._fix(context)
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self._special or other._special:
            if self.is_infinite():
                if other.is_infinite() and self._sign != other._sign:
                    return context._raise(InvalidOperation, _NaN)
                return self
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        if self._sign:
            a = -a
        if other._sign:
            b = -b
        s = a + b
        if s == 0:
            sign = 1 if (context.rounding == ROUND_FLOOR and
                         (self._sign or other._sign) and
                         not (self._sign == 0 and other._sign == 0)) else 0
            if self._sign and other._sign:
                sign = 1
            elif context.rounding == ROUND_FLOOR and self._sign != other._sign:
                sign = 1
            elif self._sign != other._sign:
                sign = 0
            return _make(sign, 0, exp)._fix(context)
        return _make(1 if s < 0 else 0, abs(s), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self.__add__(_negated(other) if not other.is_nan() else other,
                            context=context)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        if type(other) is int:
            other = _make(1, -other, 0) if other < 0 else _make(0, other, 0)
        else:
            other = _conv(other)
            if other is NotImplemented:
                return other
        if context is None:
            context = _current[0]
        sign = self._sign ^ other._sign
        if not self._special and not other._special:
            return _make(sign, self._int * other._int, self._exp + other._exp)._fix(context)
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self._special or other._special:
            if self.is_infinite() and not other._special and not other._int:
                return context._raise(InvalidOperation, _NaN)
            if other.is_infinite() and not self._special and not self._int:
                return context._raise(InvalidOperation, _NaN)
            return _make_special(sign, 0, 'F')
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self._special or other._special:
            if self.is_infinite() and other.is_infinite():
                return context._raise(InvalidOperation, _NaN)
            if self.is_infinite():
                return _make_special(sign, 0, 'F')
            context._raise(Clamped)
            return _make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, _NaN)
            return context._raise(DivisionByZero, _make_special(sign, 0, 'F'))
        ideal = self._exp - other._exp
        if not self._int:
            return _make(sign, 0, ideal)._fix(context)
        prec = context.prec
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            q, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(integer quotient, remainder), both Decimals, or raise."""
        sign = self._sign ^ other._sign
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            res = context._raise(DivisionImpossible, _NaN)
            return res, res
        ideal = min(self._exp, other._exp)
        return _make(sign, q, 0), _make(self._sign, r, ideal)

    def _divmod_checks(self, other, context):
        r = self._check_nans(other, context)
        if r is not None:
            return r, r
        if self.is_infinite():
            if other.is_infinite():
                n = context._raise(InvalidOperation, _NaN)
                return n, n
            return _make_special(self._sign ^ other._sign, 0, 'F'), \
                context._raise(InvalidOperation, _NaN)
        if other.is_infinite():
            return _make(self._sign ^ other._sign, 0, 0), self._fix(context)
        if not other._int:
            if not self._int:
                n = context._raise(DivisionUndefined, _NaN)
                return n, n
            return context._raise(DivisionByZero, _make_special(self._sign ^ other._sign, 0, 'F')), \
                context._raise(InvalidOperation, _NaN)
        return None

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._divmod_checks(other, context)
        if r is not None:
            return r
        q, rem = self._divide(other, context)
        return q, rem._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self.is_infinite():
            if other.is_infinite():
                return context._raise(InvalidOperation, _NaN)
            return _make_special(self._sign ^ other._sign, 0, 'F')
        if other.is_infinite():
            return _make(self._sign ^ other._sign, 0, 0)
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, _NaN)
            return context._raise(DivisionByZero, _make_special(self._sign ^ other._sign, 0, 'F'))
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self.is_infinite():
            return context._raise(InvalidOperation, _NaN)
        if other.is_infinite():
            return self._fix(context)
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, _NaN)
            return context._raise(InvalidOperation, _NaN)
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def remainder_near(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        q, r = divmod(self, other)
        # round the quotient to nearest (half even) instead of toward zero
        twice = abs(r) * 2
        if twice > abs(other) or (twice == abs(other) and int(q) % 2):
            r = r - other if (r._sign == other._sign) else r + other
            if not r._int:
                r = _make(self._sign, 0, r._exp)
        return r._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError('coil decimal: three-argument pow() is not implemented')
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self.is_infinite() and not other._special and (
                other._exp >= 0 or not other._int % 10 ** -other._exp):
            n = int(other)
            if n == 0:
                return _make(0, 1, 0)
            sign = self._sign & (n & 1)
            if n < 0:
                return _make(sign, 0, 0)
            return _make_special(sign, 0, 'F')
        if other._special or self._special or \
                other._exp < 0 and other._int % 10 ** -other._exp:
            return _decimal_power(self, other, context)
        n = int(other)
        if not n:
            if not self._int:
                return context._raise(InvalidOperation, _NaN)
            return _make(0, 1, 0)
        if not self._int:
            if n < 0:
                return _make_special(self._sign & (n & 1), 0, 'F')
            return _make(self._sign & (n & 1), 0, 0)
        sign = self._sign & (n & 1)
        if n > 0:
            exact = _make(sign, self._int ** n, self._exp * n)
            return exact._fix(context)
        # negative power: 1 / x**|n| with extra working precision
        work = context.copy()
        work.prec = context.prec + len(str(-n)) + 3
        work.Emin, work.Emax = MIN_EMIN, MAX_EMAX
        work.traps = []
        denom = _make(0, self._int ** -n, self._exp * -n)
        num = _make(sign, 1, 0)
        q = num.__truediv__(denom, context=work)
        inexact = work.flags[Inexact]
        res = q._fix(context)
        if inexact:
            context._raise_many([Inexact, Rounded])
        return res

    def __rpow__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if self._special:
            if self._sign:
                return context._raise(InvalidOperation, _NaN)
            return self
        if not self._int:
            return _make(self._sign, 0, self._exp // 2)._fix(context)
        if self._sign:
            return context._raise(InvalidOperation, _NaN)
        prec = context.prec + 1
        # coefficient c, exponent e; make e even
        c = self._int
        e = self._exp
        if e & 1:
            c *= 10
            e -= 1
        # scale so the root has at least prec digits
        l = (_ndigits(c) + 1) // 2
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
        else:
            c //= 100 ** -shift   # exactness checked below via remainder
        root = _math.isqrt(c)
        exact = root * root == c and (shift >= 0 or self._int * 10 ** 0 == self._int)
        if shift < 0:
            exact = False
        rexp = e // 2 - shift
        if exact:
            ideal = self._exp // 2
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
            res = _make(0, root, rexp)
            return res._fix(context)
        if root % 5 == 0:
            root += 1
        work = context.copy()
        work.rounding = ROUND_HALF_EVEN
        work.traps = []
        res = _make(0, root, rexp)._fix(work)
        context._raise_many([Inexact, Rounded])
        return res

    # -- comparisons
    def _cmp(self, other):
        """-1, 0, 1 comparing two non-NaN Decimals."""
        if self._special or other._special:
            a = (0 if not self.is_infinite() else (-1 if self._sign else 1))
            b = (0 if not other.is_infinite() else (-1 if other._sign else 1))
            if a != b or a != 0:
                if a == b:
                    return 0
                if a or b:
                    if a == 0:
                        return -b
                    if b == 0:
                        return a
                    return (a > b) - (a < b)
        if not self._int and not other._int:
            return 0
        if not self._int:
            return -1 if not other._sign else 1
        if not other._int:
            return 1 if not self._sign else -1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        # same sign: compare magnitudes
        a_adj = self.adjusted()
        b_adj = other.adjusted()
        if a_adj != b_adj:
            r = 1 if a_adj > b_adj else -1
        else:
            exp = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - exp)
            b = other._int * 10 ** (other._exp - exp)
            r = (a > b) - (a < b)
        return -r if self._sign else r

    def _cmp_other(self, other, op):
        """Other converted for comparison, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('eq', 'ne'):
                dict.__setitem__(ctx.flags, FloatOperation, True)
                ctx.flags._note(FloatOperation, _BIT[FloatOperation])
                if ctx.traps[FloatOperation]:
                    raise FloatOperation([FloatOperation])
            else:
                ctx._raise(FloatOperation)
            return Decimal.from_float(other)
        try:
            from fractions import Fraction
        except ImportError:
            return NotImplemented
        if isinstance(other, Fraction):
            return other
        return NotImplemented

    def _compare(self, other, op):
        if not self._special:
            # Fast path: finite operands compare as signed coefficients at one exponent.
            t = type(other)
            if t is int:
                o_sign, o_int, o_exp = (1, -other, 0) if other < 0 else (0, other, 0)
            elif t is Decimal and not other._special:
                o_sign, o_int, o_exp = other._sign, other._int, other._exp
            else:
                o_sign = -1
            if o_sign >= 0:
                a = -self._int if self._sign else self._int
                b = -o_int if o_sign else o_int
                if self._exp != o_exp and a and b:
                    c = self._cmp(_make(o_sign, o_int, o_exp))
                else:
                    c = (a > b) - (a < b)
                if op == 'eq':
                    return c == 0
                if op == 'ne':
                    return c != 0
                if op == 'lt':
                    return c < 0
                if op == 'le':
                    return c <= 0
                if op == 'gt':
                    return c > 0
                return c >= 0
        o = self._cmp_other(other, op)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            # a Fraction: compare exactly
            n, d = self.as_integer_ratio() if not self._special else (None, None)
            if self._special:
                if self.is_nan():
                    if op in ('lt', 'le', 'gt', 'ge'):
                        getcontext()._raise(InvalidOperation)
                    return op == 'ne'
                v = 1 if not self._sign else -1
                c = v
            else:
                from fractions import Fraction
                a = Fraction(n, d)
                c = (a > o) - (a < o)
        else:
            if self.is_nan() or o.is_nan():
                if op in ('lt', 'le', 'gt', 'ge') or self.is_snan() or o.is_snan():
                    getcontext()._raise(InvalidOperation)
                return op == 'ne'
            c = self._cmp(o)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    def compare(self, other, context=None):
        other = _conv(other, True)
        r = self._check_nans(other, context)
        if r is not None:
            return r
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _conv(other, True)
        if self.is_nan() or other.is_nan():
            if context is None:
                context = getcontext()
            return context._raise(InvalidOperation, _NaN)
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        other = _conv(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        key = lambda d: (0 if not d._special else 1 if d._exp == 'F' else 2 if d._exp == 'N' else 3,
                         d if not d.is_nan() else 0, d._int if d.is_nan() else 0,
                         d._exp if not d._special else 0)
        if self.is_nan() or other.is_nan() or self.is_infinite() or other.is_infinite():
            a = key(self)
            b = key(other)
            a = (a[0], a[2])
            b = (b[0], b[2])
        else:
            c = self._cmp(other)
            if c:
                a, b = c, 0
            else:
                a, b = self._exp, other._exp
        r = (a > b) - (a < b)
        return Decimal(-r if self._sign else r)

    def max(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan() or (self.is_nan() and other.is_nan()):
                return self._check_nans(other, context)
            return (other if self.is_nan() else self)._fix(context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._signed_int()
        return (self if c >= 0 else other)._fix(context)

    def min(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan() or (self.is_nan() and other.is_nan()):
                return self._check_nans(other, context)
            return (other if self.is_nan() else self)._fix(context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._signed_int()
        return (self if c <= 0 else other)._fix(context)

    def _signed_int(self):
        return int(self)

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        M = _MODULUS
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, M)
        else:
            exp_hash = pow(_TEN_INV, -self._exp, M)
        h = self._int * exp_hash % M
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    # -- quantize and friends
    def quantize(self, exp, rounding=None, context=None):
        exp = _conv(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        r = self._check_nans(exp, context)
        if r is not None:
            return r
        if exp._special or self._special:
            if exp.is_infinite() and self.is_infinite():
                return _copy(self)
            return context._raise(InvalidOperation, _NaN)
        e = exp._exp
        if not context.Etiny() <= e <= context.Emax:
            return context._raise(InvalidOperation, _NaN)
        if not self._int:
            return _make(self._sign, 0, e)._fix(context)
        if self.adjusted() > context.Emax:
            return context._raise(InvalidOperation, _NaN)
        if e - self._exp > 0 and self.adjusted() - e + 1 < 0:
            pass
        ans = self._rescale(e, rounding)
        if ans._int and _ndigits(ans._int) > context.prec:
            return context._raise(InvalidOperation, _NaN)
        if ans.adjusted() > context.Emax:
            return context._raise(InvalidOperation, _NaN)
        conds = []
        if ans._exp > self._exp:
            if not _equal_value(ans, self):
                conds.append(Inexact)
            conds.append(Rounded)
        if ans._int and ans.adjusted() < context.Emin:
            conds.insert(0, Subnormal)
        if conds:
            context._raise_many(conds)
        return ans

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        d = self._fix(context)
        if d._special:
            return d
        if not d._int:
            return _make(d._sign, 0, 0)
        c = d._int
        e = d._exp
        exp_max = context.Emax if not context.clamp else context.Etop()
        while c % 10 == 0 and e < exp_max:
            c //= 10
            e += 1
        return _make(d._sign, c, e)

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if self._special or self._exp >= 0:
            return _copy(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if self._special or self._exp >= 0:
            return _copy(self)
        if not self._int:
            return _make(self._sign, 0, 0)
        ans = self._rescale(0, rounding)
        conds = []
        if not _equal_value(ans, self):
            conds.append(Inexact)
        conds.append(Rounded)
        context._raise_many(conds)
        return ans

    def fma(self, other, third, context=None):
        other = _conv(other, True)
        third = _conv(third, True)
        if context is None:
            context = getcontext()
        work = context.copy()
        work.prec = MAX_PREC
        work.Emax = MAX_EMAX
        work.Emin = MIN_EMIN
        work.traps = []
        prod = self.__mul__(other, context=work)
        return prod.__add__(third, context=context)

    # -- copies
    def copy_abs(self):
        return _copy(self, 0)

    def copy_negate(self):
        return _copy(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _copy(self, other._sign)

    def number_class(self, context=None):
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        s = '-' if self._sign else '+'
        if self.is_infinite():
            return s + 'Infinity'
        if self.is_zero():
            return s + 'Zero'
        if context is None:
            context = getcontext()
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if self._special:
            return _make_special(0, 0, 'F')
        if not self._int:
            return context._raise(DivisionByZero, _make_special(1, 0, 'F'))
        return Decimal(self.adjusted())._fix(context)

    def _missing(self, *args, **kwargs):
        raise NotImplementedError('coil decimal: this operation is not implemented')

    def exp(self, context=None):
        return _decimal_exp(self, context or getcontext())

    def ln(self, context=None):
        return _decimal_ln(self, context or getcontext())

    def log10(self, context=None):
        return _decimal_log10(self, context or getcontext())

    logical_and = logical_or = logical_xor = \
        logical_invert = rotate = shift = scaleb = next_minus = next_plus = \
        next_toward = _missing

    # -- formatting
    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


Decimal.__module__ = 'decimal'


def _tiny_rounds_up(sign, rounding):
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return False


def _equal_value(a, b):
    return a._cmp(b) == 0


def _make(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = False
    return d


def _make_special(sign, payload, kind):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = kind
    d._special = True
    return d


def _copy(d, sign=None):
    r = object.__new__(Decimal)
    r._sign = d._sign if sign is None else sign
    r._int = d._int
    r._exp = d._exp
    r._special = d._special
    return r


def _negated(d):
    return _copy(d, 1 - d._sign)


def _overflow(sign, context):
    r = context.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign)
            or (r == ROUND_FLOOR and sign)):
        result = _make_special(sign, 0, 'F')
    else:
        result = _make(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)
    context._raise_many([Overflow, Inexact, Rounded])
    return result


# ---------------------------------------------------------------- exp, ln, log10, x ** y
# Fixed-point integer approximations (value * 10**w, error below one unit) refined by a
# Ziv loop until every value within the error bound rounds alike. exp, ln and log10
# round half-even whatever the context says (as C decimal does); power uses the
# context's rounding after C decimal's steps over correctly rounded ln and exp.

_LN_CACHE = {}


def _atanh_inv(n, scale):
    """atanh(1/n) * scale, error below the number of terms."""
    t = scale // n
    n2 = n * n
    total = 0
    k = 1
    while t:
        total += t // k
        t //= n2
        k += 2
    return total


def _ln_consts(g):
    """(ln 2, ln 10) * 10**g."""
    r = _LN_CACHE.get(g)
    if r is None:
        s = 10 ** (g + 5)
        ln2 = 2 * _atanh_inv(3, s)
        ln10 = 3 * ln2 + 2 * _atanh_inv(9, s)
        r = _LN_CACHE[g] = (ln2 // 10 ** 5, ln10 // 10 ** 5)
    return r


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w (c > 0), error at most one unit."""
    d = _ndigits(c)
    k = e + d - 1                       # c * 10**e = y * 10**k with 1 <= y < 10
    g = w + 12 + len(str(abs(k)))
    s = 10 ** g
    y = c * s // 10 ** (d - 1)
    j = 0
    while y >= s + s // 2:              # y = 2**j * y' with 0.75 <= y' < 1.5
        y //= 2
        j += 1
    z = (y - s) * s // (y + s)          # ln y' = 2 atanh(z)
    z2 = z * z // s
    t = z
    total = 0
    n = 1
    while t:
        total += t // n if t > 0 else -(-t // n)
        t = t * z2 // s if t > 0 else -(-t * z2 // s)
        n += 2
    ln2, ln10 = _ln_consts(g)
    v = 2 * total + j * ln2 + k * ln10
    q = 10 ** (g - w)
    return (v + q // 2) // q


def _exp_fixed(x, w):
    """exp(x) for a finite Decimal x of moderate size: (a, ea), |a*10**ea - exp(x)| < 10**ea."""
    c = -x._int if x._sign else x._int
    mag = max(x.adjusted(), 0)
    g = w + 14 + mag
    s = 10 ** g
    xf = c * 10 ** (g + x._exp) if x._exp >= -g else c // 10 ** (-g - x._exp)
    ln10 = _ln_consts(g)[1]
    n = (xf + ln10 // 2) // ln10        # exp(x) = 10**n * exp(r), |r| <= ln(10) / 2
    r = xf - n * ln10
    t = s
    total = 0
    i = 1
    while t:
        total += t
        t = t * r // s if t > 0 else -(-t * r // s)
        t = t // i if t > 0 else -(-t // i)
        i += 1
    q = 10 ** (g - w)
    return (total + q // 2) // q, n - w


def _ziv(approx, context):
    """Round approx(w) -> (a, ea) (|error| < 10**ea) half-even under context."""
    work = context.copy()
    work.rounding = ROUND_HALF_EVEN
    work.traps = []
    w = context.prec + 10
    limit = 4 * context.prec + 200
    while True:
        a, ea = approx(w)
        sign = 1 if a < 0 else 0
        a = abs(a)
        if a > 1:
            lo = _make(sign, a - 1, ea)._fix(work)
            hi = _make(sign, a + 1, ea)._fix(work)
            if lo._special == hi._special and lo._int == hi._int and lo._exp == hi._exp:
                break
            if w > limit:
                break   # a safety net: transcendental values are never on a tie
        w += max(w // 2, 10)
    # a value strictly inside the interval, never exactly representable: the flags
    # come out as for the true, inexact result
    res = _make(sign, a * 10 + 1, ea - 1)
    work.clear_flags()
    res = res._fix(work)
    context._raise_many([s for s in _SIGNALS if work.flags[s]])
    return res


def _exp_bounds(x, context):
    """exp(x) decided without series: a Decimal, or None."""
    prec = context.prec
    if x.adjusted() < -(prec + 3):
        # 1 + x rounds to 1 with prec digits (sticky digit keeps the Inexact flag)
        sticky = 10 ** (prec + 3) + (-1 if x._sign else 1)
        return sticky
    bound = 10 * (max(context.Emax, prec - context.Etiny()) + 2)
    if x.adjusted() > len(str(bound)):
        return 'huge'
    return None


def _decimal_exp(x, context):
    r = x._check_nans(context=context)
    if r is not None:
        return r
    if x._special:
        return _make(0, 0, 0) if x._sign else x
    if not x._int:
        return _make(0, 1, 0)
    b = _exp_bounds(x, context)
    if b == 'huge':
        big = _make(0, 1, context.Emax + 1) if not x._sign else \
            _make(0, 1, context.Etiny() - 2)
        return _ziv(lambda w: (big._int * 10 ** w, big._exp - w), context)
    if b is not None:
        prec = context.prec
        return _ziv(lambda w: (b * 10 ** w, -(prec + 3) - w), context)
    return _ziv(lambda w: _exp_fixed(x, w), context)


def _log_special(x, context):
    """ln/log10 of x when decided without series: a Decimal, or None."""
    r = x._check_nans(context=context)
    if r is not None:
        return r
    if not x._special and not x._int:
        return _make_special(1, 0, 'F')
    if x._sign:
        return context._raise(InvalidOperation, _NaN)
    if x._special:
        return x
    return None


def _log_w(x, w):
    """w plus the leading zeros of ln(x) when x is near 1."""
    c, e = x._int, x._exp
    if e < 0 and x.adjusted() in (0, -1):
        dc = abs(c - 10 ** -e)
        if dc:
            w += max(0, -(_ndigits(dc) - 1 + e))
    return w


def _decimal_ln(x, context):
    r = _log_special(x, context)
    if r is not None:
        return r
    c, e = x._int, x._exp
    if e <= 0 and c == 10 ** -e:
        return _make(0, 0, 0)
    return _ziv(lambda w: (_ln_fixed(c, e, _log_w(x, w)), -_log_w(x, w)), context)


def _decimal_log10(x, context):
    r = _log_special(x, context)
    if r is not None:
        return r
    c, e = x._int, x._exp
    d = _ndigits(c)
    if c == 10 ** (d - 1):
        return Decimal(e + d - 1)._fix(context)

    def approx(w):
        w = _log_w(x, w)
        g = w + 5
        ln10 = _ln_consts(g)[1]
        v = _ln_fixed(c, e, g) * 10 ** g // ln10
        return (v + 50000) // 100000, -w
    return _ziv(approx, context)


def _decimal_power(x, y, context):
    """x ** y when y is not an integer or either is infinite (NaNs handled)."""
    if x._sign and (x._int or x._special):
        return context._raise(InvalidOperation, _NaN)
    if y._special:                      # y = +-Infinity
        if not x._special and x._int:
            cmp = x._cmp(_make(0, 1, 0))
            if cmp == 0:
                prec = context.prec
                context._raise_many([Inexact, Rounded])
                return _make(0, 10 ** (prec - 1), 1 - prec)
            big = (cmp > 0) != bool(y._sign)
        else:
            big = x._special != bool(y._sign)
        return _make_special(0, 0, 'F') if big else _make(0, 0, 0)
    if x._special:
        return _make(0, 0, 0) if y._sign else _make_special(0, 0, 'F')
    if not x._int:
        return _make_special(0, 0, 'F') if y._sign else _make(0, 0, 0)
    if x._cmp(_make(0, 1, 0)) == 0:
        prec = context.prec
        context._raise_many([Inexact, Rounded])
        return _make(0, 10 ** (prec - 1), 1 - prec)
    # C decimal's steps: ln x, times y, exp, each correctly rounded half-even to
    # max(digits of x, prec) + 23 digits, then rounded under the context
    work = Context(prec=max(_ndigits(x._int), context.prec) + 23,
                   rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
    t = _decimal_ln(x, work).__mul__(y, context=work)
    r = _decimal_exp(t, work)
    if r._special:
        r = _make(0, 1, context.Emax + 1)
    elif not r._int:
        r = _make(0, 1, context.Etiny() - 2)
    conds = [Inexact, Rounded] if work.flags[Inexact] else []
    work = context.copy()
    work.traps = []
    work.clear_flags()
    r = r._fix(work)
    context._raise_many(conds + [s for s in _SIGNALS if work.flags[s]])
    return r


_MODULUS = (1 << 61) - 1     # sys.hash_info.modulus on 64-bit builds
_TEN_INV = pow(10, _MODULUS - 2, _MODULUS)


def _from_str(self, value, context):
    s = value.strip().replace('_', '') if '_' in value else value.strip()
    if '_' in value:
        # underscores only between digits
        t = value.strip()
        bad = t.startswith('_') or t.endswith('_') or '__' in t
        for i, ch in enumerate(t):
            if ch == '_' and (i == 0 or not t[i - 1].isdigit() or
                              i + 1 >= len(t) or not t[i + 1].isdigit()):
                bad = True
        if bad:
            s = 'x'
    sign = 0
    body = s
    if body[:1] in '+-' and body:
        sign = 1 if body[0] == '-' else 0
        body = body[1:]
    low = body.lower()
    if low in ('inf', 'infinity'):
        return _set(self, sign, 0, 'F', True)
    if low.startswith('nan') or low.startswith('snan'):
        kind = 'N' if low.startswith('s') else 'n'
        digits = low[4:] if kind == 'N' else low[3:]
        if digits == '' or (digits.isdigit() and digits.isascii()):
            payload = int(digits) if digits else 0
            return _set(self, sign, payload, kind, True)
        return _bad(self, context)
    mant = body
    exp = 0
    for ech in 'eE':
        if ech in mant:
            mant, _, es = mant.partition(ech)
            if not es or not _is_int(es):
                return _bad(self, context)
            exp = int(es)
            break
    if '.' in mant:
        ip, _, fp = mant.partition('.')
    else:
        ip, fp = mant, ''
    if not ip and not fp:
        return _bad(self, context)
    for part in (ip, fp):
        if part and not (part.isdigit()):
            return _bad(self, context)
    digits = ip + fp
    try:
        coeff = int(digits)
    except ValueError:
        return _bad(self, context)
    return _set(self, sign, coeff, exp - len(fp), False)


def _is_int(s):
    t = s[1:] if s[:1] in '+-' else s
    return t.isdigit()


def _set(self, sign, coeff, exp, special):
    self._sign = sign
    self._int = coeff
    self._exp = exp
    self._special = special
    return self


def _bad(self, context):
    if context is None:
        context = getcontext()
    context._raise(ConversionSyntax)
    return _set(self, 0, 0, 'n', True)


def _from_tuple(self, value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _set(self, sign, 0, 'F', True)
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
    coeff = int(''.join(str(d) for d in digits)) if digits else 0
    if exp in ('n', 'N'):
        return _set(self, sign, coeff, exp, True)
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _set(self, sign, coeff, exp, False)


_NaN = _make_special(0, 0, 'n')


# ---------------------------------------------------------------- format

def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill = ' '
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zeropad = False
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        zeropad = True
        if align is None:
            fill = '0'
            align = '='
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    thousands = ''
    if i < n and spec[i] == ',':
        thousands = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    return fill, align, sign, zeropad, width, thousands, prec, typ


def _format(d, spec):
    fill, align, sign, zeropad, width, thousands, prec, typ = _parse_spec(spec)
    if align is None:
        align = '>'
    ctx = getcontext()
    neg = d._sign == 1
    if d._special:
        body = str(_copy(d, 0))
        if typ == '%':
            body += '%'
        if fill == '0' and align == '=' and zeropad:
            fill, align = ' ', '>'
    else:
        if typ == '%':
            d = _make(d._sign, d._int, d._exp + 2)
        if typ is None:
            typ_eff = 'g' if prec is not None else None
            rounding = ctx.rounding
        else:
            typ_eff = typ.lower() if typ != 'n' else 'g'
            rounding = ctx.rounding
        if typ_eff == 'e' and prec is not None:
            d = _round_sig(d, prec + 1, rounding)
        elif typ_eff in ('f', '%') and prec is not None:
            d = d._rescale(-prec, rounding)
        elif typ_eff == 'g' and prec is not None:
            d = _round_sig(d, max(prec, 1), rounding)
        if typ == '%':
            typ_eff = 'f'
            if prec is not None:
                d = d._rescale(-prec, rounding)
        coeff = _int_str(d._int)
        if not d._int and typ_eff is not None:
            pass
        leftdigits = d._exp + len(coeff)
        if typ_eff is None:
            if d._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        elif typ_eff == 'e':
            dotplace = 1 if d._int else 1
        elif typ_eff == 'f':
            dotplace = leftdigits
        else:  # g: like str() after rounding
            if d._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if d._int == 0 and typ_eff == 'e':
            dotplace = 1
        if d._int == 0 and typ_eff == 'f' and dotplace > 1:
            coeff = '0'
            dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            frac = '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            frac = ''
        else:
            intpart = coeff[:dotplace]
            frac = coeff[dotplace:]
        if typ_eff == 'e' and prec is not None and len(frac) < prec:
            frac += '0' * (prec - len(frac))
        exp = leftdigits - dotplace
        if typ_eff == 'f' and prec is not None and len(frac) < prec:
            frac += '0' * (prec - len(frac))
        echar = 'E' if typ in ('E', 'G') or (typ is None and ctx.capitals) else 'e'
        if typ_eff in ('e',) or (exp != 0 and typ_eff != 'f'):
            estr = '%s%+d' % (echar, exp)
        else:
            estr = ''
        if thousands:
            intpart = _group(intpart, thousands, width, zeropad, frac, estr, sign, neg)
        body = intpart + ('.' + frac if frac else '') + estr
        if typ == '%':
            body += '%'
    signstr = '-' if neg else ('+' if sign == '+' else ' ' if sign == ' ' else '')
    total = signstr + body
    if width is not None and len(total) < width:
        padn = width - len(total)
        if align == '<':
            total = total + fill * padn
        elif align == '^':
            total = fill * (padn // 2) + total + fill * (padn - padn // 2)
        elif align == '=':
            total = signstr + fill * padn + body
        else:
            total = fill * padn + total
    return total


def _group(intpart, sep, width, zeropad, frac, estr, sign, neg):
    out = []
    s = intpart
    while len(s) > 3:
        out.append(s[-3:])
        s = s[:-3]
    out.append(s)
    return sep.join(reversed(out))


def _round_sig(d, digits, rounding):
    """Round d to `digits` significant digits."""
    if not d._int:
        return d
    n = _ndigits(d._int)
    if n <= digits:
        return d
    c, _ = _round_drop(d._sign, d._int, n - digits, rounding)
    e = d._exp + n - digits
    if _ndigits(c) > digits:
        c //= 10
        e += 1
    return _make(d._sign, c, e)


# ---------------------------------------------------------------- contexts

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
_current = [DefaultContext.copy()]
