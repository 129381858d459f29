for v in [-5, 0, 5]:
    s = "neg" if v < 0 else "zero" if v == 0 else "pos"
    print(v, s)
print(1 if True else 2, 1 if [] else 2, "a" if "" else "b" if None else "c")
x = 7
if x > 5:
    print("big")
elif x > 2:
    print("mid")
else:
    print("small")
if not x:
    print("no")
elif x == 7 and x % 7 == 0 or False:
    print("seven")
if x:
    pass
print((lambda: "t")() if x else "f")
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
r2 = side(0, log) or side(2, log)
r3 = side(3, log) and side(4, log) and side(0, log) and side(9, log)
print(r, r2, r3, log)
print(None is None, x is not None, (1 or 2) == 1)
