"""Bank simulation with classes, exceptions and reports."""
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner} {self.balance:.2f}>"

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0.0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        lines = [f"{'id':>5} {'owner':<8} {'type':<8} {'balance':>10}"]
        for a in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.id)):
            lines.append(f"{a.id:>5} {a.owner:<8} {type(a).__name__:<8} {a.balance:>10,.2f}")
        lines.append(f"{'':>5} {'TOTAL':<8} {'':<8} {self.total():>10,.2f}")
        return "\n".join(lines)

bank = Bank()
a = bank.open(Account, "alice", 500)
b = bank.open(Savings, "bob", 1500.5)
c = bank.open(Account, "carol")
bank.transfer(a.id, c.id, 125.25)
print(a, c)
try:
    bank.transfer(c.id, a.id, 1000)
except InsufficientFunds as e:
    print("error:", e, f"shortfall={e.shortfall:.2f}")
try:
    c.deposit(-5)
except ValueError as e:
    print("error:", e)
for _ in range(3):
    print("interest", b.add_interest())
print(bank.report())
print(a.history, c.history)
print(len(b.history), [kind for kind, _ in b.history])
