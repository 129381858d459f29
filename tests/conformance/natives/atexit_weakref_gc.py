# atexit registration bookkeeping, gc switches, weakref's absence reported clearly.
import atexit
import gc


def bye(x, y=0):
    print("bye", x, y)


n0 = atexit._ncallbacks()
print(atexit.register(bye, 1, y=2) is bye, atexit._ncallbacks() - n0)
atexit.register(print, "plain")
print(atexit._ncallbacks() - n0)
atexit.unregister(print)
print(atexit._ncallbacks() - n0)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)
print(gc.isenabled(), type(gc.collect()).__name__)
gc.disable()
gc.enable()
import weakref
print(hasattr(weakref, "ref"), weakref.getweakrefcount(object()))
