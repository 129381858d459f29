"""An LRU cache implemented with a dict and a doubly linked list, checked against OrderedDict."""
from collections import OrderedDict
class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val, self.prev, self.next = key, val, None, None
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n
    def get(self, k):
        n = self.map.get(k)
        if n is None:
            return -1
        self._unlink(n); self._push(n)
        return n.val
    def put(self, k, v):
        if k in self.map:
            n = self.map[k]; n.val = v
            self._unlink(n); self._push(n)
            return None
        if len(self.map) == self.cap:
            old = self.head.next
            self._unlink(old)
            del self.map[old.key]
            evicted = old.key
        else:
            evicted = None
        n = Node(k, v)
        self.map[k] = n
        self._push(n)
        return evicted
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key); n = n.next
        return out
class RefLRU:
    def __init__(self, cap):
        self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d: return -1
        self.d.move_to_end(k); return self.d[k]
    def put(self, k, v):
        if k in self.d:
            self.d[k] = v; self.d.move_to_end(k); return None
        ev = None
        if len(self.d) == self.cap:
            ev, _ = self.d.popitem(last=False)
        self.d[k] = v
        return ev
a, b = LRU(3), RefLRU(3)
ops = [("put", 1), ("put", 2), ("get", 1), ("put", 3), ("put", 4), ("get", 2), ("get", 3), ("put", 1), ("put", 5), ("get", 4)]
for op, k in ops:
    if op == "put":
        r1, r2 = a.put(k, k * 10), b.put(k, k * 10)
    else:
        r1, r2 = a.get(k), b.get(k)
    print(op, k, r1, r1 == r2, a.keys())
