def f1():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop ended"
print(f1())
def f2():
    try:
        try:
            raise ValueError("inner")
        finally:
            return "finally return swallows"
    except ValueError:
        return "not reached"
print(f2())
def f3():
    out = []
    for i in range(4):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    l = [1]
    try:
        return l
    finally:
        l.append(2)
print(f5())
def f6():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("f6 finally")
print(f6())
def f7():
    while True:
        try:
            break
        finally:
            print("f7 finally on break")
    return "after"
print(f7())
def f8(n):
    try:
        if n:
            raise KeyError(n)
    except KeyError:
        return "caught"
    else:
        return "else"
    finally:
        print("f8 finally", n)
print(f8(0), f8(1))
