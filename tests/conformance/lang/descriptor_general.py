class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return obj.__dict__.get("_" + self.name, 0)
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__["_" + self.name]

class C:
    a = Verbose()
    b = Verbose()

c = C()
print(c.a)
c.a = 5
print(c.a)
del c.a
print(c.a)
print(type(C.a).__name__)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class D:
    x = NonData()
d = D()
print(d.x)
d.__dict__['x'] = "from instance"
print(d.x)

class DataOnly:
    def __get__(self, obj, t=None): return "data"
    def __set__(self, obj, v): pass
class E:
    x = DataOnly()
e = E()
e.__dict__['x'] = "inst"
print(e.x)
