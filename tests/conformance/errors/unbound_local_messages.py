def f():
    print(x)
    x = 1
def g():
    def inner():
        return free
    r = inner()
    free = 2
    return r
def h(flag):
    if flag:
        y = 1
    return y
for fn in [f, g, lambda: h(False)]:
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)
print(h(True))
