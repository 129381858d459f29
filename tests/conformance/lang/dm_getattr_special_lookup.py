class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
C.__len__ = lambda self: 7
print(len(c))
class D:
    def __getattr__(self, n):
        return lambda *a: 99
d = D()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
class E:
    __iter__ = None
try:
    iter(E())
except TypeError as e:
    print(type(e).__name__, e)
