def acc():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                print("caught inside", e)
                v = 0
            if v is None:
                break
            total += v
    finally:
        print("acc cleanup")
    return total
a = acc()
print(next(a))
print(a.send(3))
print(a.send(4))
print(a.throw(ValueError("bad")))
print(a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
b = acc()
next(b)
b.close()
print("closed")
b.close()
def g():
    yield 1
c = g()
try:
    c.send(5)
except TypeError as e:
    print(type(e).__name__, e)
d = g()
try:
    d.throw(KeyError("x"))
except KeyError as e:
    print("propagated", repr(e))
print(list(d))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
h = ignore_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def state():
    yield 1
s = state()
print(s.gi_running, s.gi_frame is not None)
next(s)
s.close()
print(s.gi_frame)
