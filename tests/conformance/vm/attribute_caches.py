class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(A):
    pass
objs = [A(1), B(2), A(3)]
total = 0
for _ in range(100):
    for o in objs:
        total += o.get() + o.v
print(total)
def patched(self):
    return -self.v
A.get = patched
print([o.get() for o in objs])
objs[0].extra = "x"
print(objs[0].extra, hasattr(objs[1], "extra"))
del objs[0].v
try:
    objs[0].get()
except AttributeError as e:
    print(e)
objs[0].v = 7
print(objs[0].get())
class C:
    x = 1
c = C()
print(c.x)
c.x = 2
print(c.x, C.x)
del c.x
print(c.x)
g = 5
def read_global():
    return g
print(read_global())
g = 6
print(read_global())
import builtins
len_before = len("abc")
def uses_len():
    return len("abcd")
print(uses_len())
