# atexit callbacks run after sys.exit; the exit status is the SystemExit's, and a
# callback that calls sys.exit does not change it.
import atexit
import sys


class Quitter:
    def __repr__(self):
        return "<Quitter>"

    def __call__(self):
        print("quitter runs")
        sys.exit(9)


atexit.register(print, "print as a hook", 1, sep="|")
atexit.register(Quitter())
atexit.register(lambda: print("lambda hook"))
try:
    sys.exit(3)
finally:
    print("finally runs before the hooks")
