s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(6), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
l = list(range(10))
print(l[s], l[slice(3)], "abcdefghij"[s], tuple(l)[s], range(10)[s])
print(l[::-2], l[8:2:-2], l[-1:-4:-1], l[100:200], l[-100:3], l[3:1])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class Show:
    def __getitem__(self, k): return k
x = Show()
print(x[1:2], x[:], x[::3], x[1:2, 3], x[..., 1], x[-1])
