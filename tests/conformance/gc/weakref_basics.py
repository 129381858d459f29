# weakref: refs, callbacks, the weak containers, finalize and proxies. coil frees objects
# only at collections, so every check of a death follows gc.collect().
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name

    def __repr__(self):
        return "Node(%s)" % self.name


events = []
a = Node("a")
r = weakref.ref(a)
rc = weakref.ref(a, lambda wr: events.append(("cb", wr is rc, wr())))
print(r() is a, r().name, type(r).__name__, weakref.getweakrefcount(a), r == weakref.ref(a), hash(r) == hash(a))
del a
gc.collect()
print(r(), rc(), events, weakref.getweakrefcount(r) if False else "-")

for bad in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)

d = weakref.WeakValueDictionary()
keep = [Node(str(i)) for i in range(5)]
for n in keep:
    d[n.name] = n
tmp = Node("tmp")
d["tmp"] = tmp
print(len(d), sorted(d.keys()), d.get("3"), "tmp" in d)
del tmp
gc.collect()
print(len(d), sorted(d), "tmp" in d, d.get("tmp", "gone"))
del keep[:2]
gc.collect()
print(len(d), sorted(d.keys()), sorted(v.name for v in d.values()))

wk = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
wk[k1] = 1
wk[k2] = 2
print(len(wk), wk[k1], k2 in wk, sorted(k.name for k in wk))
del k1
gc.collect()
print(len(wk), [k.name for k in wk.keys()], list(wk.values()))

ws = weakref.WeakSet()
s1, s2, s3 = Node("s1"), Node("s2"), Node("s3")
for x in (s1, s2, s3):
    ws.add(x)
print(len(ws), s2 in ws, sorted(n.name for n in ws))
del s2, x
gc.collect()
print(len(ws), sorted(n.name for n in ws))

log = []
obj = Node("fin")
f = weakref.finalize(obj, log.append, "finalized fin")
print(f.alive, f.peek()[1] is log.append, log)
del obj
gc.collect()
print(f.alive, log)
f2 = weakref.finalize(Node("unused"), print, "never twice")
f2()
f2()
print(f2.alive)

p_target = Node("px")
p = weakref.proxy(p_target)
print(p.name, p.hello(), repr(p_target))
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)

bm = Node("meth")
wm = weakref.WeakMethod(bm.hello)
print(wm()())
del bm
gc.collect()
print(wm())

class Boom:
    def __call__(self, wr):
        raise ValueError("in callback")

    def __repr__(self):
        return "<Boom>"


boom = Boom()

victim = Node("v")
rb = weakref.ref(victim, boom)
del victim
gc.collect()
print("after failing callback", rb())

survivor = Node("survivor")
late = weakref.finalize(survivor, print, "at exit: finalize of a live object")
print("end of program")
