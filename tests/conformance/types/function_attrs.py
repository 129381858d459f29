def f(a, b=2, *args, c, d=4, **kw):
    "docstring here"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__module__, type(f).__name__, callable(f))
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__qualname__)
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(C.m.__qualname__, C.D.n.__qualname__, C.m.__name__)
f.attr = 5
print(f.attr, f.__dict__)
g = lambda: 0
print(g.__name__, g.__qualname__, g.__doc__, g.__defaults__)
def h(x: int, y: "str" = "s") -> list: pass
print(h.__annotations__)
def nodoc(): pass
print(nodoc.__doc__)
f.__name__ = "renamed"
print(f.__name__)
def withdefaults(x=[]):
    x.append(1)
    return x
print(withdefaults(), withdefaults(), withdefaults([0]))
