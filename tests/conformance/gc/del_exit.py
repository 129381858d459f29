# Instances still alive at the end of the run are finalized at exit, after the
# atexit callbacks, with module globals still bound.
import atexit
import sys

TAG = "tag"


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, TAG, sys is not None)


b = C(2)
a = C(1)
c = C(3)
c = C(4)
atexit.register(print, "atexit")
print("end")
