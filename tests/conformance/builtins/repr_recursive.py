l = [1, 2]
l.append(l)
print(l, repr(l))
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self, v): self.v = v; self.next = None
    def __repr__(self): return f"Node({self.v!r}, next={self.next!r})"
n = Node(1); n.next = Node(2)
print(n)
s = [[[]]]
print(s, str(s), [s, s])
