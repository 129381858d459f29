# Slice assignment on lists: what is accepted and CPython's messages for what is not.
xs = [1, 2, 3, 4, 5]
xs[1:3] = (x * 10 for x in range(3))
print(xs)
xs[::2] = "abc"
print(xs)
for value in (5, None, 2.5):
    for s in (slice(0, 1), slice(None, None, 2), slice(4, 1)):
        try:
            xs[s] = value
        except TypeError as e:
            print(type(value).__name__, s, "TypeError:", e)
try:
    xs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)


class Bad:
    def __iter__(self):
        raise TypeError("custom iter failure")


try:
    xs[0:1] = Bad()
except TypeError as e:
    print("TypeError:", e)
print(xs)
