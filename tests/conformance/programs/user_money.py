from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext
from fractions import Fraction
from dataclasses import dataclass, field
from datetime import date, timedelta
CENT = Decimal("0.01")
@dataclass
class Loan:
    principal: Decimal
    annual_rate: Decimal
    months: int
    schedule: list = field(default_factory=list, repr=False)
    def payment(self):
        r = self.annual_rate / 12
        return (self.principal * r / (1 - (1 + r) ** -self.months)).quantize(CENT, ROUND_HALF_UP)
    def amortize(self, start):
        bal = self.principal; pay = self.payment(); d = start
        for n in range(1, self.months + 1):
            interest = (bal * self.annual_rate / 12).quantize(CENT, ROUND_HALF_UP)
            princ = pay - interest if n < self.months else bal
            bal -= princ
            self.schedule.append((n, d, interest, princ, bal))
            d = (d.replace(day=1) + timedelta(days=32)).replace(day=min(start.day, 28))
        return self.schedule
loan = Loan(Decimal("25000"), Decimal("0.069"), 12)
print(loan, loan.payment())
print(f"{'#':>3} {'date':<10} {'interest':>9} {'principal':>10} {'balance':>10}")
for n, d, i, p, b in loan.amortize(date(2024, 1, 31)):
    print(f"{n:>3} {d.isoformat():<10} {i:>9} {p:>10,.2f} {b:>10,.2f}")
total_interest = sum(row[2] for row in loan.schedule)
print("total interest", total_interest, f"{total_interest / loan.principal:.3%}")
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
tax = Decimal("0.0825")
sub = sum(prices); t = (sub * tax).quantize(CENT, ROUND_HALF_UP)
print(sub, t, sub + t, (sub + t).quantize(Decimal("1"), ROUND_DOWN), -sub, abs(-sub), sub.as_tuple())
split = [(sub / 3).quantize(CENT)] * 2; split.append(sub - sum(split)); print(split, sum(split) == sub)
print(Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal("7").sqrt(), Decimal(2) ** 10, Decimal("1e-3").normalize(), Decimal("100").normalize(), Decimal("123.4500").normalize())
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('-3.14159'):+.3f}", f"{Decimal('12'):08.2f}", format(Decimal("1e10"), "e"))
getcontext().prec = 6
print(Decimal(1) / 7, Decimal("3.14159265").exp(), Decimal(10).ln(), Decimal("1.5") ** Decimal("2.5"))
print(Fraction(3, 8) + Fraction(5, 12), Fraction("2/3") * 3, Fraction(0.75), Fraction(1, 3).limit_denominator(10), round(Fraction(7, 2)), float(Fraction(22, 7)))
