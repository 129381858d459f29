r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(range(5), range(0, 5), range(0, 5, 1), range(10, 0, -2), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), len(range(-5)), range(3) == range(0, 3), range(0) == range(5, 2))
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9))
print(range(10**20)[-1], len(range(10**10)), 10**19 in range(10**20))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(range(101)), list(reversed(range(4))), max(range(7)), range(5)[2:], range(0, 10, 3)[1::2])
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
