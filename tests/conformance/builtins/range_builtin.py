print(range(5), list(range(5)), list(range(2, 5)), list(range(0, 10, 4)), list(range(3, -3, -2)))
print(len(range(0, 100, 3)), range(0, 100, 3)[10], range(0, 100, 3)[-1], 99 in range(0, 100, 3))
r = range(-10, 10, 5)
print(list(r), r.index(0), r.count(5), r[::2], r[1:], list(reversed(r)))
for bad in [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("a"), lambda: range(0, 5, 0), lambda: range(3)[5]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 4
print(list(range(I())), range(True), range(10 ** 3)[-(10 ** 3)])
