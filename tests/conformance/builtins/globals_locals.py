x = 10
def f():
    y = 5
    loc = locals()
    return sorted(loc.items())
print(f())
g = globals()
g["dynamic_var"] = 42
print(dynamic_var)
print(g["x"], "f" in g, g["__name__"])
def modify_locals():
    z = 1
    locals()["z"] = 99
    return z
print(modify_locals())
class K:
    a = 1
    b = sorted(locals())
print(K.b)
