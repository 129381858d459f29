class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def hello(cls):
        return "hello from " + cls.__name__

class A(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v

a = A(3)
print(a.v, A.created_by, A.kw)
print(A.hello())
print(type(A).__name__, isinstance(A, Meta), isinstance(A, type))
class B(A): pass
print(type(B).__name__, B.created_by)
print(hasattr(a, 'hello'))

class Reg(type):
    classes = []
    def __new__(m, name, bases, ns):
        c = super().__new__(m, name, bases, ns)
        m.classes.append(name)
        return c
class X(metaclass=Reg): pass
class Y(X): pass
print(Reg.classes)
