# __del__ runs where CPython's reference counting drops the last reference:
# del of a name, a reassignment, a function's locals at return, an expression
# statement, a cleared list (last item first), an exception left behind.
class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


x = C(1)
del x
print("after del")

y = C(2)
y = C(3)
print("after reassign")


def f():
    z = C(4)
    w = C(5)
    print("in f")
    return 0


f()
print("after f")


def make():
    c = C(6)
    return c


m = make()
print("made", m.n)
m = None
print("after None")

items = [C(7), C(8), C(9)]
items.clear()
print("after clear")

pair = [C(10), C(11)]
del pair
print("after del list")

C(12)
print("after expression")

d = {"a": C(13), "b": C(14)}
d = None
print("after dict")

try:
    raise ValueError(C(15))
except ValueError as e:
    print("caught", e.args[0].n)
print("after except")


class D(C):
    pass


D(16)
print("subclass")

for i in range(4):
    o = C(20 + i)
print("loop done")
del o


def g(n):
    acc = 0
    for i in range(n):
        t = C(100 + i)
        acc += t.n
    return acc


print(g(3))
print("end")
