# `C(...)` inlines `__init__`: the instance is a virtual (`new_with_vtable` with its
# class, map and slots as fields) that guards describe instead of allocating; it is
# only built where it escapes (here: into the next iteration, through `prev`).


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def run(n):
    prev = Pair(0, 0)
    acc = 0
    for i in range(n):
        cur = Pair(i, prev.a)
        acc = (acc + cur.a - cur.b) & 0xFFFF
        prev = cur
    return acc


print(run(3000))
