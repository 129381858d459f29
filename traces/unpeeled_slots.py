# Two instances of one class with different inline capacity: `old` was created before
# the class learned its attribute count (2 inline slots, `c` in its overflow array),
# `new` after (`c` inline). The loop alternates between them, so the recorded iteration
# starts with one layout and ends with the other: the peeled loop body could never run
# (the optimizer proves its `nslots` guard fails), and the loop is compiled without
# peeling, its end jumping back to its own first label.
class Node:
    pass


old = Node()
old.a = 1
old.b = 2
old.c = 3
new = Node()
new.a = 10
new.b = 20
new.c = 30
old.nxt = new
new.nxt = old


class Holder:
    pass


def walk(h, n):
    t = 0
    for i in range(n):
        cur = h.cur
        t += cur.c + cur.nxt.c
        h.cur = cur.nxt
    return t


h = Holder()
h.cur = old
print(walk(h, 3000))
h.cur = new
print(walk(h, 3001))
