# atexit callbacks run after the traceback of an uncaught exception; the exit status
# stays 1.
import atexit


def last():
    print("registered first, runs last")


def cleanup(what):
    print("cleanup", what)


atexit.register(last)
atexit.register(cleanup, "files")


def fail():
    raise RuntimeError("main failed")


print("before")
fail()
