# slice.indices, slice comparison and hashing, range slicing keeps the slice's stop.
print(slice(1, 10, 2).indices(6), slice(None, None, -2).indices(7), slice(-100, 100).indices(5))
print(slice(5, -5, -1).indices(3), slice(0, 0).indices(0))
for bad in (-1, 2.5):
    try:
        slice(1).indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(0) == 0)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
r = range(10)
print(r[1:10:2], r[::3], r[::-1], r[8:2:-2], r[100:], r[-3:], range(0, 20, 3)[1:6:2], range(5, -5, -2)[1::2])
print(list(range(1, 30, 7)[::-2]), range(3)[5:1:-1], range(10)[slice(2, 9, 3)])
