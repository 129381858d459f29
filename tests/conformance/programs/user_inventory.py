"""Inventory/order system: classes, properties, exceptions, formatted report."""
from __future__ import annotations
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterator
from collections import defaultdict
import bisect, heapq, itertools

class Status(str, Enum):
    NEW = "new"; PAID = "paid"; SHIPPED = "shipped"
    def __str__(self): return self.value

class OutOfStock(Exception):
    def __init__(self, sku, want, have):
        super().__init__(f"{sku}: want {want}, have {have}")
        self.sku, self.want, self.have = sku, want, have

@dataclass
class Product:
    sku: str
    name: str
    price_cents: int
    stock: int = 0
    def __post_init__(self):
        if self.price_cents < 0: raise ValueError("negative price")
    @property
    def price(self) -> str: return f"${self.price_cents / 100:,.2f}"

@dataclass
class Order:
    id: int
    lines: list[tuple[str, int]] = field(default_factory=list)
    status: Status = Status.NEW
    _ids = itertools.count(1)
    @classmethod
    def new(cls, *lines): return cls(next(cls._ids), list(lines))
    def total(self, catalog) -> int: return sum(catalog[s].price_cents * q for s, q in self.lines)

class Warehouse:
    def __init__(self, products):
        self.catalog = {p.sku: p for p in products}
        self.history = []
    def __iter__(self) -> Iterator[Product]:
        return iter(sorted(self.catalog.values(), key=lambda p: (-p.stock, p.sku)))
    def __getitem__(self, sku): return self.catalog[sku]
    def fulfil(self, order: Order):
        for sku, q in order.lines:
            have = self.catalog[sku].stock
            if have < q: raise OutOfStock(sku, q, have)
        for sku, q in order.lines:
            self.catalog[sku].stock -= q
        order.status = Status.PAID
        self.history.append(order)

wh = Warehouse([Product("A1", "Anvil", 129_99, 3), Product("B2", "Bolt", 25, 1000), Product("C3", "Cog", 4_50, 40), Product("D4", "Drill", 89_00, 0)])
orders = [Order.new(("A1", 1), ("B2", 100)), Order.new(("D4", 1)), Order.new(("C3", 41)), Order.new(("A1", 2), ("C3", 10)), Order.new(("A1", 1))]
for o in orders:
    try:
        wh.fulfil(o)
        print(f"order {o.id:>3}: {o.status!s:<8} total {o.total(wh.catalog) / 100:>10,.2f}")
    except OutOfStock as e:
        print(f"order {o.id:>3}: FAILED   {e} (short by {e.want - e.have})")
print(f"{'SKU':<5}{'Name':<8}{'Price':>10}{'Stock':>7}")
for p in wh:
    print(f"{p.sku:<5}{p.name:<8}{p.price:>10}{p.stock:>7}")
print(repr(orders[0]))
print([o.status for o in orders], Status.PAID == "paid", Status("shipped").name)
try:
    Product("X", "bad", -1)
except ValueError as e:
    print("ValueError:", e)
# price bands with bisect, top-k with heapq
bands = [100, 1000, 10000]
names = ["cheap", "mid", "pricey", "luxury"]
for p in wh.catalog.values():
    print(p.name, names[bisect.bisect(bands, p.price_cents)])
print(heapq.nlargest(2, wh.catalog.values(), key=lambda p: p.price_cents * p.stock))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
by_status = defaultdict(list)
for o in orders: by_status[o.status].append(o.id)
print(dict(by_status))
