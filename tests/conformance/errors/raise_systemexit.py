try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught", e.code, type(e.code).__name__)
try:
    raise SystemExit
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print("caught", e.code)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
try:
    try:
        raise SystemExit(1)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
raise SystemExit(2)
