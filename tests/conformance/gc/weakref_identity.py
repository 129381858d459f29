# weakref.ref(x) without a callback, and weakref.proxy(x), return the same object
# while it lives (CPython reuses them); with a callback or a subclass, a new one.
import weakref, gc
class A: pass
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2)
r3 = weakref.ref(a, lambda r: None)
print(r3 is r1, r3() is a)
class MyRef(weakref.ref): pass
m = MyRef(a)
print(m is r1, type(m).__name__)
print(weakref.getweakrefcount(a))
del r2
r4 = weakref.ref(a)
print(r4 is r1)
b = A()
rb = weakref.ref(b)
del b
gc.collect()
print(rb())
c = A()
print(weakref.ref(c) is weakref.ref(c))
objs = [A() for i in range(200)]
refs = [weakref.ref(o) for o in objs]
print(all(weakref.ref(o) is r for o, r in zip(objs, refs)))
del objs, refs
gc.collect()
print([weakref.ref(x) is weakref.ref(x) for x in (A(), A())])
import weakref as w
print(w.proxy(a) is w.proxy(a))
