class P:
    pass
objs = []
for i in range(40):
    o = P()
    if i % 3 == 0:
        o.x = i; o.y = -i
    elif i % 3 == 1:
        o.y = -i; o.x = i
    else:
        o.x = i
    objs.append(o)
total = 0
for o in objs:
    total += o.x
    if hasattr(o, "y"):
        total += o.y * 2
print(total)
for i, o in enumerate(objs):
    if i == 20:
        del o.x
        o.x = 1000
    if i == 25:
        o.__dict__["x"] = 2000
s = 0
for o in objs:
    s += o.x
print(s)
class Q:
    def __init__(self, v):
        self.v = v
qs = [Q(i) for i in range(30)]
out = 0
for i, q in enumerate(qs):
    if i == 15:
        Q.v = property(lambda self: 99)
    try:
        out += q.v
    except AttributeError as e:
        print("AttributeError", e)
        break
print(out)
