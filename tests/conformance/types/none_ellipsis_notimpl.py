print(None, repr(None), type(None).__name__, bool(None), None == None, None is None, None == 0)
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(NotImplemented, type(NotImplemented).__name__)
print(hash(None) == hash(None), str(None), [None] * 2, {None: 1}[None])
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
print(f() is None, type(None)() is None)
print(sorted([3, 1], key=lambda x: x) is None, [].sort() is None, {}.update() is None)
