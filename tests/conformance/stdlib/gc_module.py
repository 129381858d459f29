# gc: collect() counts cyclic garbage as CPython's collector finds it; the
# configuration functions keep and report their settings.
import gc


class Node:
    def __init__(self):
        self.next = None


def make_cycles(n, links):
    heads = []
    for _ in range(n):
        head = Node()
        cur = head
        for _ in range(links):
            nxt = Node()
            cur.next = nxt
            cur = nxt
        cur.next = head
        heads.append(head)
    return heads


gc.collect()
cycles = make_cycles(10, 4)
del cycles
print("cycles of nodes", gc.collect())

a = [1, 2, 3]
b = {"x": a}
del a, b
print("no cycles", gc.collect())

l = []
l.append(l)
del l
print("self-referencing list", gc.collect())

x = Node()
y = Node()
x.next = y
y.next = x
y.payload = [1, 2]
del x, y
print("pair holding a list", gc.collect())

kept = make_cycles(3, 2)
print("live cycles", gc.collect())
print(len(kept))

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(1000, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks)
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(Node()))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
print(events)
print(type(gc.collect(0)).__name__)
