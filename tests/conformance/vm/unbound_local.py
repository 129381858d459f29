count = 0
def bump():
    count += 1
try:
    bump()
except UnboundLocalError as e:
    print(e)
def g():
    print(y)
    y = 1
try:
    g()
except UnboundLocalError as e:
    print(e)
try:
    print(undefined_thing)
except NameError as e:
    print(e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
outer()
def deleter():
    z = 1
    del z
    return z
try:
    deleter()
except UnboundLocalError as e:
    print(e)
