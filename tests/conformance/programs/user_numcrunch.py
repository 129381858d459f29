from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, localcontext
import math, cmath, statistics
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.1).limit_denominator(100), Fraction(7, -21))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(5, 3) // 1, Fraction(5, 3) % 1, Fraction(2, 3) ** 2, float(Fraction(1, 3)))
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("123.456").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(3))
print(Decimal("1e3").normalize(), Decimal("-0"), Decimal("3.14159").as_tuple(), Decimal(0.1))
print(math.gcd(48, 180), math.lcm(4, 6, 10), math.comb(30, 12), math.perm(10, 3), math.factorial(25), math.isqrt(10**20 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 15)))
print(math.log(1000, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.sin(math.pi / 6), math.atan2(1, -1), math.degrees(math.pi))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0), math.frexp(12.5), math.ldexp(0.78125, 4), math.modf(-3.25), math.dist((0, 0), (3, 4)))
print(cmath.sqrt(-4), cmath.phase(-1 + 0j), cmath.polar(1j), abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), complex("2-3j").conjugate())
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data), statistics.variance(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.fmean([1.5, 2.5]), statistics.quantiles(range(1, 101), n=4))
n = 0b1011_0110
print(n & 0xF, n | 1, n ^ 0xFF, ~n, n << 3, n >> 2, n.bit_length(), n.bit_count(), bin(n), (-n).bit_length())
big = 3 ** 200
print(big, big % 10**9 + 7, len(str(big)), big.bit_length(), -big // 7, -big % 7, divmod(-big, 10**20)[1])
print(pow(3, 10**18, 10**9 + 7), pow(2, -1, 17), pow(7, 3), pow(2.5, 2), pow(-8, 1/3) if False else pow(4, 0.5), 10**-2)
print(divmod(17, -5), divmod(-17, 5), divmod(7.5, 2), -7 // 2, -7 % 2, 7 % -2, 5.0 // 0.3, math.fmod(-7, 2))
print(int("ff", 16), int("0b101", 0), int("  42  "), int("1_000"), int(-3.9), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"))
print(0.1, 1e-7, 1.5e300 * 1e10, 2.0 ** 62, float(2**53 + 1), 1e22, 1.0e15, 123e-20, 5e-324, float.fromhex("0x1.8p1"), (0.1).hex())
print(round(3.14159, 3), round(-0.5), round(2.5), round(1e300, -299), (2.5).as_integer_ratio(), (0.1).is_integer(), 3.0.is_integer())
print(hash(1.0) == hash(1), hash(Fraction(1, 2)) == hash(0.5), Decimal("0.5") == 0.5, Fraction(1, 2) == 0.5, 1 == 1.0 == True)
print(sorted([3, 1.5, Fraction(7, 3), Decimal("2.1"), True]))
print(f"{Fraction(1, 3)!s:>8} {Decimal('1234.5'):,} {Decimal('0.000012'):e} {Decimal('3.14159'):.2f}")
print(max(range(10), key=lambda x: (x % 3, -x)), min([], default="empty"), sum(range(10**6)), sum([[1], [2]], []))
