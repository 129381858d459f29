x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())
def g():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return str(e)
print(g())
def h():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 3
    return inner()
print(h())
