class C:
    cls_attr = 1
    def __init__(self): self.inst = 2
    def method(self): pass
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print(callable(c), callable(C), callable(c.method), callable(len), callable("s"), callable(None))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    a = 1
    b = 2
    return sorted(locals())
print(f())
print("__name__" in dir(), "C" in globals(), sorted(dir([]))[-3:])
