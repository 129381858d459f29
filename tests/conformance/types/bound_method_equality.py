class C:
    def m(self): return id(self) is not None
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return "static"
c = C()
print(c.m == c.m, c.m is c.m, C.m is C.m, C.sm is C.sm, c.sm is C.sm)
print(c.cm(), C.cm(), c.cm.__self__ is C, type(c.cm).__name__, type(C.sm).__name__)
print(c.m.__func__ is C.__dict__["m"], C.__dict__["cm"].__func__ is C.cm.__func__)
bm = c.m
del c
print(bm())
class D(C):
    pass
print(D.cm(), D().cm(), D.sm())
