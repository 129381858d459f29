def f(mode):
    out = []
    try:
        out.append("try")
        if mode == 1:
            raise ValueError("v")
        if mode == 2:
            raise KeyError("k")
    except ValueError as e:
        out.append("except " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f(0)); print(f(1))
try:
    f(2)
except KeyError as e:
    print("outer", repr(e))

def g():
    try:
        return "try"
    finally:
        print("g finally runs")
print(g())
def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())
def k():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(k())
def m():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("m body", i)
        finally:
            print("m finally", i)
    return i
print(m())
def n():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            if x == 3:
                print("n finally at return")
print(n())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
