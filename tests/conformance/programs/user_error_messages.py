import sys
def gen():
    yield 1
    raise KeyError("missing")
try:
    for x in gen():
        print(x)
except KeyError as e:
    print("KeyError", e, repr(e), str(e), e.args)
d = {}
try:
    d["a"]["b"]
except KeyError as e:
    print(repr(e))
class E(Exception):
    def __repr__(self): return "E!"
print(repr(E("x")), str(E("x")), str(E()), repr(Exception()), repr(ValueError("a", 1)), str(ValueError("a", 1)))
print(repr(KeyError()), str(KeyError("")), str(OSError(2, "No such file")), repr(OSError(2, "x")), OSError(2, "x").errno)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    int("12", base=40)
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    import math; math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    10 ** 1000 * 1.0
except OverflowError as e:
    print(e)
try:
    float("1e400") == float("inf") and print("inf ok")
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    "x".foo()
except AttributeError as e:
    print(e)
try:
    class A: pass
    A().missing
except AttributeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    f = lambda x: x
    f()
except TypeError as e:
    print(e)
try:
    print(**{"sepx": 1})
except TypeError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    "ab"[9]
except IndexError as e:
    print(e)
try:
    x = [1, 2, 3]; a, b = x
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    tuple(range(3))[1] = 0
except TypeError as e:
    print(e)
try:
    "s"[0] = "t"
except TypeError as e:
    print(e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(e)
try:
    import json; json.loads("[1, 2,]")
except ValueError as e:
    print(e)
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "")
