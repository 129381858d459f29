# __del__ runs before the callbacks of weak references to the object; weak
# references are dead inside and after the finalizer; weakref.finalize and
# WeakValueDictionary see a del promptly when the class has __del__.
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


c = C(1)
r = weakref.ref(c, lambda ref: print("callback", ref() is None))
del c
print("after del", r() is None)

c2 = C(2)
weakref.finalize(c2, print, "finalize 2")
c2 = None
print("after reassign")

wvd = weakref.WeakValueDictionary()
k = C(3)
wvd["k"] = k
print(len(wvd))
del k
print(len(wvd), list(wvd.keys()))
print("end")
