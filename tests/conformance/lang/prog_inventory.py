"""Inventory management mixing dataclass-like classes, dicts, sorting and formatting."""
from collections import defaultdict, namedtuple
Item = namedtuple("Item", "sku name category price qty")
RAW = """
A100,Widget,tools,2.50,10
B200,Gadget,tools,12.00,3
C300,Apple,food,0.40,150
D400,Bread,food,2.25,0
E500,Lamp,home,19.99,7
F600,Rug,home,89.00,1
G700,Nails,tools,0.05,1000
"""
def load(raw):
    items = []
    for lineno, line in enumerate(raw.strip().splitlines(), 1):
        sku, name, cat, price, qty = line.split(",")
        items.append(Item(sku, name, cat, float(price), int(qty)))
    return items
items = load(RAW)
by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)
for cat in sorted(by_cat):
    group = by_cat[cat]
    value = sum(i.price * i.qty for i in group)
    print(f"[{cat.upper()}] {len(group)} items, stock value {value:,.2f}")
    for i in sorted(group, key=lambda i: i.price * i.qty, reverse=True):
        flag = " (OUT)" if i.qty == 0 else ""
        print(f"  {i.sku} {i.name:<8} {i.qty:>5} x {i.price:>6.2f} = {i.price * i.qty:>9.2f}{flag}")
low = [i.name for i in items if i.qty < 5]
print("low stock:", ", ".join(low))
restock = {i.sku: max(0, 10 - i.qty) for i in items if i.qty < 10}
print(restock)
updated = [i._replace(qty=i.qty + restock.get(i.sku, 0)) for i in items]
print([(i.sku, i.qty) for i in updated])
cheapest = min(items, key=lambda i: i.price)
priciest = max(items, key=lambda i: i.price)
print(f"cheapest {cheapest.name} {cheapest.price}, priciest {priciest.name} {priciest.price}")
total = sum(i.price * i.qty for i in items)
print(f"total {total:.2f} avg price {sum(i.price for i in items) / len(items):.4f}")
