from contextlib import contextmanager, suppress
@contextmanager
def managed(name):
    print("setup", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print("teardown", name)
with managed("a") as v:
    print("using", v)
with managed("b"):
    raise ValueError("inside")
with suppress(FileNotFoundError):
    open("/nonexistent/definitely/not/here")
print("done")
