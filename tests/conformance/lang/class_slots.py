class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)
print(P.__slots__)

class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'))

class R(P):
    __slots__ = ('w',)
r = R(5, 6)
r.w = 7
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
