# ExceptionGroup / BaseExceptionGroup and except* in depth.
def show(eg, indent=""):
    print(f"{indent}{type(eg).__name__}: {eg}")
    for e in getattr(eg, "exceptions", ()):
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + "  ")
        else:
            print(f"{indent}  {e!r}")


eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
show(eg)
print(repr(eg))
print(eg.message, len(eg.exceptions), eg.args[0], type(eg.args[1]).__name__)
m, r = eg.split(ValueError)
show(m); show(r)
print(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
print(eg.split(OSError))
print(eg.subgroup(ExceptionGroup) is eg)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__,
      type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception),
      ExceptionGroup.__mro__[1].__name__)
for args in [("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)


def raiser():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c"), OSError("d")])


try:
    try:
        raiser()
    except* ValueError as g:
        print("values:", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print("types:", [str(e) for e in g.exceptions])
except ExceptionGroup as rest:
    print("unhandled:", [repr(e) for e in rest.exceptions])

try:
    raise KeyError("naked")
except* KeyError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions[0]))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print("raised in handler:", [type(x).__name__ for x in e.exceptions])

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)


def nothing_left():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as g:
        result = "all handled " + str(len(g.exceptions))
    return result

print(nothing_left())

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("handled")
else:
    print("no else")
finally:
    print("finally")
