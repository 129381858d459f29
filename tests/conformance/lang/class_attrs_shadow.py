class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)

a = Counter(); b = Counter(); c = Counter()
print(Counter.count, a.count)
print(Counter.items, a.items is b.items)
a.count = 100
print(a.count, b.count, Counter.count)

class Cfg:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(x, 3)]
    try:
        w = [x * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(Cfg.y, Cfg.z, Cfg.err)

class Outer:
    class Inner:
        v = 5
    def get(self):
        return self.Inner.v
print(Outer().get(), Outer.Inner.__qualname__)
print(getattr(Cfg, 'x'), getattr(Cfg, 'nope', 'dflt'))
setattr(Cfg, 'w', 9)
print(Cfg.w)
delattr(Cfg, 'w')
print(hasattr(Cfg, 'w'))
