class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n, 0, -1):
            yield i
c = Countdown(4)
print(list(c), sum(c), max(c), min(c), sorted(c), tuple(c), set(c) == {1, 2, 3, 4})
print(list(enumerate(c)), list(zip(c, "abcd")), list(map(str, c)), list(filter(lambda x: x % 2, c)))
print(any(x > 3 for x in c), all(x > 0 for x in c), 3 in c, 7 in c, dict.fromkeys(c, 0))
print(" ".join(map(str, c)), list(reversed(list(c))), [*c], {*c} == set(range(1, 5)))
a, b, *rest = c
print(a, b, rest)
it = iter(c)
print(next(it), next(it), list(it))
