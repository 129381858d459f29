import sys, atexit
atexit.register(lambda: print("atexit ran"))
try:
    sys.exit(0)
except SystemExit as e:
    print("code", repr(e.code))
class Cleanup:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("cleanup on", a[0].__name__ if a[0] else None)
with Cleanup():
    raise SystemExit(4)
