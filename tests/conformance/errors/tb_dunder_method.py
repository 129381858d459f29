class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
a = Money(5) + Money(7)
print(a.cents)
b = Money(5) + 7
