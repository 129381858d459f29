def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer-result"
o = outer()
print(next(o))
print(o.send("S"))
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("stop", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled in inner"
def delegate():
    yield from thrower()
d = delegate()
next(d)
print(d.throw(KeyError))
def closer():
    try:
        yield 1
    finally:
        print("inner closed")
def dc():
    yield from closer()
x = dc()
next(x)
x.close()
def yf_ret():
    v = yield from []
    return v
try:
    next(yf_ret())
except StopIteration as e:
    print("empty yield from", e.value)
