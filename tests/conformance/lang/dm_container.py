class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d.get(repr(k), 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[repr(k)] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[repr(k)]
    def __contains__(self, k):
        return repr(k) in self.d
    def __len__(self):
        return len(self.d)

g = Grid()
g[1, 2] = 5
print(g[1, 2])
print(g[0:3])
print(g[1:2, ::3])
print(g[...])
g['a'] += 1
print((1, 2) in g, (3, 3) in g, len(g))
del g[1, 2]
print(len(g))
try:
    del g['zz']
except KeyError as e:
    print("KeyError", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print(v, end=" ")
print()
a, b, *c = Seq()
print(a, b, c)
