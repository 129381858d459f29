class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * len(vals) for v in range(2)]
    except NameError as e:
        msg = str(e)
print(C.doubled, C.msg)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def g():
    items = [lambda: j for j in range(3)]
    return [h() for h in items]
print(g())
i = 99
[i for i in range(3)]
print(i)
def h():
    res = [(y := x * 2) for x in range(3)]
    return res, y
print(h())
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
def nested():
    return [[x + y for y in range(2)] for x in range(2)]
print(nested())
try:
    print([q for q in range(2)], q)
except NameError as e:
    print(type(e).__name__, e)
