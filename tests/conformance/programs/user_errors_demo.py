import sys
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg); self.code = code
class ConfigError(AppError): pass
class ParseError(ConfigError):
    def __str__(self): return f"parse failed: {self.args[0]} (code {self.code})"

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(s, code=7) from e

order = []
def f():
    try:
        order.append("try")
        return parse("x1")
    except ConfigError as e:
        order.append(f"except {e!r} {e} cause={e.__cause__!r}")
        raise
    else:
        order.append("else")
    finally:
        order.append("finally")
try:
    f()
except AppError as e:
    print(type(e).__mro__[:3], e.code, isinstance(e, ConfigError))
print(order)

def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: return "ret"
        finally:
            print("finally", i)
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("a") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions, eg.message)
e = ValueError("x"); e.add_note("note one")
print(e.__notes__)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    def k(a, b): pass
    k(1, 2, 3)
except TypeError as e:
    print(e)
try:
    k(1, c=2)
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    import nosuchmodule
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", DeprecationWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))

def deep(n):
    if n == 0:
        raise ConfigError("bottom", code=3)
    return deep(n - 1)
class Res:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit res", a[0].__name__); return False
with Res():
    try:
        deep(3)
    finally:
        print("cleanup")
