class Tracked:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, v, flag=False):
        print("__init__", v, flag)
        self.v = v
t = Tracked(1, flag=True)
print(t.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__, isinstance(Pos(1), int))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hi")
print(u, u.shout(), len(u), type(u + "x").__name__, repr(u))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), type(p).__name__)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called")
print(type(Weird()).__name__)
