def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
g = running_avg()
next(g)
print([g.send(v) for v in [10, 20, 30, 40]])
def fsm():
    state = "A"
    while True:
        ch = yield state
        if state == "A" and ch == "x":
            state = "B"
        elif state == "B":
            state = "A" if ch == "y" else "C"
m = fsm()
print(next(m), [m.send(c) for c in "xyxzq"])
def gen_with_return_in_try():
    try:
        yield 1
        return "r"
    finally:
        print("finally in gen")
g2 = gen_with_return_in_try()
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("value", e.value)
def g3():
    x = yield
    while x:
        x = yield x.upper()
c = g3(); next(c)
print(c.send("a"), c.send("b"))
try:
    c.send("")
except StopIteration:
    print("stopped")
def throw_caught():
    while True:
        try:
            yield "ok"
        except ValueError:
            yield "recovered"
t = throw_caught()
print(next(t), t.throw(ValueError), next(t), next(t))
