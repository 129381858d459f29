"""A vending machine state machine driven by a list of events, using enums and dispatch tables."""
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    OUT_OF_ORDER = auto()
class Machine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self, stock):
        self.state = State.IDLE
        self.credit = 0
        self.stock = dict(stock)
        self.sales = []
    def handle(self, event, arg=None):
        fn = getattr(self, f"on_{event}", None)
        if fn is None:
            return f"unknown event {event!r}"
        return fn(arg)
    def on_coin(self, amount):
        if self.state is State.OUT_OF_ORDER:
            return "rejected: out of order"
        if amount not in (10, 20, 50, 100):
            return f"rejected coin {amount}"
        self.credit += amount
        self.state = State.HAS_MONEY
        return f"credit {self.credit}"
    def on_select(self, item):
        if self.state is not State.HAS_MONEY:
            return "insert coins first"
        price = self.PRICES.get(item)
        if price is None:
            return f"no such item {item}"
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.state = State.VENDING
        self.stock[item] -= 1
        self.credit -= price
        self.sales.append(item)
        change, self.credit = self.credit, 0
        self.state = State.IDLE
        return f"vend {item}, change {change}"
    def on_refund(self, _):
        change, self.credit = self.credit, 0
        self.state = State.IDLE
        return f"refund {change}"
    def on_break(self, _):
        self.state = State.OUT_OF_ORDER
        return "broken"
m = Machine({"cola": 1, "chips": 5})
script = [("select", "cola"), ("coin", 100), ("coin", 5), ("select", "cola"), ("coin", 50), ("select", "cola"),
          ("coin", 100), ("coin", 100), ("select", "cola"), ("select", "gum"), ("select", "tea"), ("refund", None),
          ("coin", 100), ("select", "chips"), ("dance", None), ("break", None), ("coin", 10)]
for ev, arg in script:
    print(f"{ev:>7} {str(arg):>5} -> {m.handle(ev, arg):<24} [{m.state.name}]")
print(m.sales, m.stock)
