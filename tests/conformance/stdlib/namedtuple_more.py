from collections import namedtuple
Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "♠♥" for r in "AKQ"]
print(deck[:2], len(deck), deck[0].rank, deck[-1].suit)
print(sorted(deck, key=lambda c: (c.suit, "AKQ".index(c.rank)))[:3])
Pt = namedtuple("Pt", ["x", "y", "z"], defaults=[0])
p = Pt(1, 2)
print(p, p._asdict(), p._fields, Pt._field_defaults, p._replace(z=5))
print(p.count(0), p.index(2), p + (9,), p * 2 if False else p[::-1])
x, y, z = p
print(x + y + z, Pt._make(range(3)), Pt(**{"x": 1, "y": 2, "z": 3}))
print(repr(Pt), Pt.__name__, issubclass(Pt, tuple), Pt.x.__doc__ if False else "skip")
try:
    namedtuple("Bad", ["def", "x"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as e:
    print(type(e).__name__, e)
