class Plugin:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)

class A(Plugin, tag="a"): pass
class B(Plugin): pass
class C(A, tag="c"): pass
print(Plugin.registry)
print(A.tag, B.tag, C.tag)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
        super().__init_subclass__()
class D(Base, x=1, y=2): pass
try:
    class E(object, bad=1): pass
except TypeError as e:
    print(type(e).__name__, e)
