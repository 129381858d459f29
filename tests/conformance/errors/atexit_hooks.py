# atexit: callbacks run at normal exit, last registered first, with their arguments;
# an exception in a callback (SystemExit and KeyboardInterrupt included) is reported as
# CPython's unraisable hook does and the remaining callbacks still run.
import atexit
import sys


class Hook:
    def __init__(self, name, exc=None):
        self.name = name
        self.exc = exc

    def __repr__(self):
        return "<Hook %s>" % self.name

    def __call__(self, *args, **kwargs):
        print("hook", self.name, args, kwargs)
        if self.exc is not None:
            helper(self.exc)


def helper(e):
    raise e


class MyError(Exception):
    pass


def plain(*args):
    print("plain", *args)


atexit.register(Hook("first"))
atexit.register(plain, "registered", "twice")
atexit.register(Hook("keyboard", KeyboardInterrupt))
atexit.register(Hook("exit", SystemExit(5)))
atexit.register(Hook("custom", MyError("mine")))
atexit.register(int, "not a number")
atexit.register(Hook("empty", ValueError()))
atexit.register(Hook("args"), 1, 2, k=3)
gone = Hook("unregistered")
atexit.register(gone)
atexit.register(plain, "registered", "twice")
atexit.unregister(gone)
atexit.unregister(plain)
print(atexit.register(plain) is plain)
atexit.unregister(plain)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main done")
sys.stdout.flush()
