def a():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
try:
    a()
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print(chain)
import sys
try:
    raise ValueError("v")
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def leak():
    try:
        raise IndexError
    except IndexError:
        return sys.exception() if hasattr(sys, "exception") else "noattr"
print(type(leak()).__name__)
e = None
try:
    raise ValueError("same")
except ValueError as err:
    e = err
try:
    raise e
except ValueError as err2:
    print(err2 is e)
