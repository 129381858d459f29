# PEP 442: a finalizer runs at most once, even when it resurrects its object;
# objects on reference cycles wait for the cycle collector (gc.collect()).
import gc


class R:
    saved = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        R.saved.append(self)


r = R("first")
del r
print("saved", [o.name for o in R.saved])
R.saved.clear()
print("cleared: no second __del__")
gc.collect()
print("after collect")


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del node", self.name)


a = Node("a")
a.other = a
del a
print("self-cycle dropped")
gc.collect()
print("after collect 1")

p = Node("p")
q = Node("q")
p.other = q
q.other = p
del p, q
print("pair dropped")
n = gc.collect()
print("after collect 2", n > 0)


class Holder:
    def __init__(self):
        self.child = Node("child")


h = Holder()
del h
print("holder dropped")


class Late:
    pass


Late.__del__ = lambda self: print("late del")
Late()
print("late class")
print(gc.isenabled())
