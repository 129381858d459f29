for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnboundLocalError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
try:
    raise LookupError("base")
except (IndexError, KeyError):
    print("wrong")
except LookupError as e:
    print("lookup", e)
try:
    {}["x"]
except LookupError as e:
    print("KeyError is a LookupError", repr(e))
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(KeyError("k")), str(KeyError()))
try:
    raise TypeError
except TypeError as e:
    print(type(e).__name__, e.args)
def f():
    try:
        return 1 / 0
    except ArithmeticError as e:
        return type(e).__name__
print(f())
print(issubclass(FileNotFoundError, OSError), issubclass(BaseException, Exception))
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally before propagate")
except ValueError as e:
    print("outer caught", e)
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x = 3
finally:
    x *= 10
print(x)
