def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=2, z=0))
print(f(*[1, 2, 3], **{"c": 9, "q": 8}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def kwonly(*, x=1, y):
    return x, y
print(kwonly(y=2), kwonly(x=5, y=6))
def varargs(*args):
    return args
print(varargs(), varargs(1), varargs(*"ab"), type(varargs()).__name__)
def varkw(**kw):
    return kw
print(varkw(), varkw(a=1, b=2), varkw(**{"x": 1}, y=2))
def defaults(a, b=[], c={}):
    b.append(a); c[a] = a
    return len(b), len(c)
print(defaults(1), defaults(2), defaults(3, []))
def mutate(l):
    l.append(1)
    l = [99]
    return l
x = []
print(mutate(x), x)
def same_name_kw(**kwargs):
    return kwargs
print(same_name_kw(kwargs=1, self=2))
def recurse(n):
    return n if n <= 1 else n * recurse(n - 1)
print(recurse(20))
def returns_tuple():
    return 1, 2
print(returns_tuple())
def no_return():
    pass
print(no_return())
def early(x):
    if x:
        return "early"
    print("late path")
print(early(1), early(0))
