try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [repr(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", [repr(x) for x in eg.exceptions])
eg = ExceptionGroup("g", [KeyError("a"), ValueError("b")])
m, rest = eg.split(KeyError)
print(repr(m.exceptions), repr(rest.exceptions))
print(eg.message, len(eg.exceptions), str(eg))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
