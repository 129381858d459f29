x = "global"
def outer():
    x = "outer"
    def inner_nonlocal():
        nonlocal x
        x = "changed-outer"
    def inner_global():
        global x
        x = "changed-global"
    inner_nonlocal()
    inner_global()
    return x
print(outer(), x)
def counter():
    def inc():
        global total
        total = total + 1 if "total" in globals() else 1
        return total
    return inc
c = counter()
c(); c()
print(total)
def shadow_param(x):
    def g():
        return x * 2
    x = x + 1
    return g()
print(shadow_param(5))
