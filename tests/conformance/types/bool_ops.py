print(True + True, True * 10, True / 2, -True, ~True, True << 3)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(repr(True), str(False), int(True), float(False))
print(bool(), bool(0), bool(1), bool(-1), bool("False"))
print(True == 1, False == 0, True is True, isinstance(False, int))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, not 0, not "x", None or [] or "last")
print(True.__class__.__name__, bool.__bases__[0].__name__)
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(f"{True}", f"{True:d}", "%s %d" % (False, True), format(True, ">5"))
