class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __bool__(self): return True
print(len(Bag()), len(Bag(1, 2)), bool(Bag()), len([Bag()]))
print(len(""), len("é😀"), len(b"\xff\xfe"), len([None] * 1000), len(range(0, 100, 7)), len({i: i for i in range(50)}))
print(len({1, 1, 2}), len(frozenset("aab")), len(()), len(((),)), len(dict(a=1, b=2).keys()), len("a\nb"))
