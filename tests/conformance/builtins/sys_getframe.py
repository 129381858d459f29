# sys._getframe: the caller's frame and its ancestors (code, line, globals, locals).
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def outer(a, b=2):
    c = a + b
    print(sorted(sys._getframe().f_locals.items()), sys._getframe().f_lineno)
    f = sys._getframe()
    print(f.f_code.co_name, f.f_globals is globals())
    print(f.f_back.f_code.co_name, f.f_back.f_lineno, f.f_back.f_back)
    print(where())
    return inner()

def inner():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

print(outer(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_globals["__name__"])
class K:
    print(sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name)
print(type(sys._getframe()).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
