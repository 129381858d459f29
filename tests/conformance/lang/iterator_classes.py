class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self): return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), sum(f), max(f))
it = iter(f)
print(next(it), next(it), next(it), list(it)[-1])
class Peekable:
    _sentinel = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._sentinel
    def peek(self, default=None):
        if self.buf is self._sentinel:
            self.buf = next(self.it, self._sentinel)
        return default if self.buf is self._sentinel else self.buf
    def __iter__(self): return self
    def __next__(self):
        if self.buf is not self._sentinel:
            v, self.buf = self.buf, self._sentinel
            return v
        return next(self.it)
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("empty"))
class Range2:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("out")
        return i * i
r = Range2(5)
print(list(r), r[2], len(r), 9 in r, list(reversed(r)), sorted(r, reverse=True))
