VERSION = 3
def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:] * 2
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["VERSION", "dyn_example"]
