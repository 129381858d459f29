class Tag:
    depth = 0
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, et, ev, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
with Tag("html"):
    with Tag("body"), Tag("div"):
        print("    text")
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    {}["x"]
print("suppressed KeyError")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError passed through")
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("body not run")
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("body")
except ValueError as e:
    print(e, type(e.__context__).__name__)
