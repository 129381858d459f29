def lazy():
    import _modcount
    return _modcount.bump()
print("before")
print(lazy(), lazy())
def local_from():
    from _pkg.util import helper as h
    return h(10)
print(local_from())
try:
    _modcount
except NameError as e:
    print(type(e).__name__, e)
