class Desc:
    def __get__(self, o, t=None): return "data-desc"
    def __set__(self, o, v): print("desc set", v)
class NonDesc:
    def __get__(self, o, t=None): return "nondata-desc"
class A:
    d = Desc()
    n = NonDesc()
    plain = "class-plain"
a = A()
a.__dict__["d"] = "inst-d"
a.__dict__["n"] = "inst-n"
a.__dict__["plain"] = "inst-plain"
print(a.d, a.n, a.plain)
a.d = 5
print(a.__dict__["d"])
print(A.d, A.n, A.plain)
class B(A):
    plain = "B-plain"
b = B()
print(b.plain, b.d, B.__dict__.get("d"), "plain" in B.__dict__)
class M(type):
    meta_attr = "from metaclass"
class C(metaclass=M):
    pass
print(C.meta_attr, hasattr(C(), "meta_attr"))
