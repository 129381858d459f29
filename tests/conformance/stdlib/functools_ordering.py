import functools
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r): self.r = r
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self): return self.r
a, k = Card("A"), Card("K")
print(a > k, a >= k, a <= k, k < a, a == Card("A"), a != k)
print(sorted([Card("5"), Card("A"), Card("2"), Card("T")]))
def cmp(x, y):
    return (len(x) > len(y)) - (len(x) < len(y)) or ((x > y) - (x < y))
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Data:
    def __init__(self): self.computed = 0
    @functools.cached_property
    def expensive(self):
        self.computed += 1
        return [1, 2, 3]
d = Data()
print(d.expensive, d.expensive is d.expensive, d.computed)
del d.expensive
print(d.expensive, d.computed)
@functools.singledispatch
def show(x): return "generic"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([1]), show("s"), show(True))
