class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        ns["names"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)

class C(metaclass=OrderedMeta):
    b = 1
    a = 2
    def m(self): pass
print(C.injected, C.names)
