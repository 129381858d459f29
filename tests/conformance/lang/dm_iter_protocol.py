class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Rev:
    def __init__(self, data): self.data = data
    def __reversed__(self): return iter(self.data[::-1])
    def __iter__(self): return iter(self.data)
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(SeqOnly())))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it)
def gen():
    yield 1
sentinel_calls = iter([5, 4, 3, 0, 9].pop, 0)
print(list(sentinel_calls))
