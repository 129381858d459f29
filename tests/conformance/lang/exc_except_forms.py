def classify(e):
    try:
        raise e
    except (KeyError, IndexError) as x:
        return "lookup-ish " + type(x).__name__
    except ArithmeticError as x:
        return "arith " + type(x).__name__
    except Exception as x:
        return "other " + type(x).__name__
for e in [KeyError(1), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    1 / 0
except:
    print("bare except")
e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
excs = (TypeError, ValueError)
try:
    int("x")
except excs as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e2:
    print("reraised", e2)
