class Obj:
    def __init__(self, name):
        self.name = name
        self.refs = []
roots = []
for i in range(300):
    a, b = Obj(f"a{i}"), Obj(f"b{i}")
    a.refs.append(b)
    b.refs.append(a)
    if i % 10 == 0:
        roots.append(a)
print(len(roots), roots[5].refs[0].refs[0].name, roots[-1].refs[0].name)
l = []
l.append(l)
d = {}
d["self"] = d
d["list"] = l
churn = [[j for j in range(20)] for _ in range(500)]
del churn
print(d["self"]["list"][0][0] is l, len(d), roots[0].name)
ring = [Obj(str(i)) for i in range(100)]
for i, o in enumerate(ring):
    o.refs.append(ring[(i + 1) % 100])
ring_head = ring[0]
del ring
x = ring_head
for _ in range(250):
    x = x.refs[0]
print(x.name)
