class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
for x in Countdown(2):
    print("item", x)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(d.values()), list(d.items()))
print(list(iter(lambda: 1, 1)))
calls = iter([5, 4, 0, 3])
print(list(iter(lambda: next(calls), 0)))
e = enumerate(["x", "y"])
print(next(e), list(e))
z = zip([1, 2], [3, 4])
print(iter(z) is z, list(z))
class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
a, b = Countdown(2)
print(a, b)
