"""telco-style decimal arithmetic benchmark."""
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, getcontext, localcontext, Context, InvalidOperation, DivisionByZero
import decimal
import struct
import io
import time


def make_calls(n):
    out = bytearray()
    seed = 7
    for i in range(n):
        seed = (seed * 69069 + 1) % 2 ** 32
        out += struct.pack('>Q', seed * 12345 % 1000000 + (i % 3))
    return bytes(out)


def run(data):
    getcontext().rounding = ROUND_DOWN
    rates = [Decimal('0.0013'), Decimal('0.00894')]
    twodig = Decimal('0.01')
    Banker = ROUND_HALF_EVEN
    basictax = Decimal("0.0675")
    disttax = Decimal("0.0341")
    infil = io.BytesIO(data)
    outfil = io.StringIO()
    sumT = Decimal("0")
    sumB = Decimal("0")
    sumD = Decimal("0")
    for i in range(len(data) // 8):
        datum = infil.read(8)
        if datum == '':
            break
        n, = struct.unpack('>Q', datum)
        calltype = n & 1
        r = rates[calltype]
        p = (r * n).quantize(twodig, rounding=Banker)
        b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
        sumB += b
        t = p + b
        if calltype:
            d = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
            sumD += d
            t += d
        sumT += t
        print(t, file=outfil)
    return outfil.getvalue(), sumT, sumB, sumD


if __name__ == "__main__":
    t0 = time.perf_counter()
    out, t, b, d = run(make_calls(200))
    print(out[:120])
    print(t, b, d, len(out))
    getcontext().rounding = ROUND_HALF_EVEN
    x = Decimal('2.675')
    for mode in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, ROUND_CEILING, ROUND_FLOOR):
        print(mode, x.quantize(Decimal('0.01'), rounding=mode), (-x).quantize(Decimal('0.01'), rounding=mode))
    with localcontext() as ctx:
        ctx.prec = 5
        print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, Decimal(2).sqrt())
    print(Decimal(1) / Decimal(7))
    ctx = Context(prec=10, rounding=ROUND_HALF_UP)
    print(ctx.divide(Decimal(2), Decimal(3)), ctx.power(Decimal(2), 100), ctx.prec)
    print(Decimal('1.10') + Decimal('2.20'), Decimal('1.1') * 3, Decimal('10') / 4, Decimal('7') // 2, Decimal('-7') % 3)
    print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), Decimal(0.1), Decimal('1e3'), Decimal('1E+3').normalize())
    print(repr(Decimal('3.14')), str(Decimal('-0')), Decimal('1.500').normalize(), Decimal('100').normalize(), Decimal('NaN'), Decimal('-Infinity'))
    print(Decimal('12.345').as_tuple(), Decimal('12.345').adjusted(), int(Decimal('-3.9')), float(Decimal('2.5')), round(Decimal('2.5')), round(Decimal('2.567'), 2))
    print(sum([Decimal('0.1')] * 10), max(Decimal('1.2'), Decimal('1.19')), Decimal('5').compare(Decimal('3')))
    print(f"{Decimal('1234.5678'):.2f} {Decimal('1234.5678'):,} {Decimal('0.5'):%} {Decimal('1e-10'):e}")
    print(Decimal(10) ** -3, Decimal('1.23E-7'), Decimal('0.000001'), Decimal('0.0000001'))
    print(Decimal('3.14159').quantize(Decimal('1.000')), Decimal('1234').quantize(Decimal('1e2')), Decimal(7).fma(2, 1))
    print(Decimal('-2').copy_abs(), Decimal('2').is_signed())
    try:
        Decimal(1) / Decimal(0)
    except DivisionByZero as e:
        print('DivisionByZero', type(e).__mro__[1].__name__)
    try:
        Decimal('abc')
    except InvalidOperation as e:
        print('InvalidOperation', e)
    print(getcontext().prec, getcontext().rounding, Decimal('1.2345678901234567890123456789012345'))
    print(hash(Decimal('1.0')) == hash(1), Decimal('1.0') == 1, Decimal('0.5') < 1, Decimal(3).to_integral_value(), Decimal('3.7').to_integral_value(rounding=ROUND_DOWN))
    assert time.perf_counter() >= t0
