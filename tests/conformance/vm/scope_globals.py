x = 1
def read():
    return x
def write():
    global x
    x = 2
print(read())
write()
print(read(), x)
def make():
    global newg
    newg = "created"
make()
print(newg)
def shadow(x):
    return x * 10
print(shadow(5), x)
def nested():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal b
            b += a
            return b
        return level3()
    return level2()
print(nested())
print(sorted(k for k in globals() if not k.startswith("__")))
lam = lambda a, b=2: a * b
print(lam(3), lam(3, 3), (lambda *a: a)(1, 2))
