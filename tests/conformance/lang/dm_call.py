class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2))
print(callable(a), callable(Adder), callable(3), callable(print))
print(list(map(a, [1, 2])))
class Factory:
    def __call__(self):
        return Factory()
print(type(Factory()()()).__name__)
try:
    n = 3; n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"; s()
except TypeError as e:
    print(type(e).__name__, e)
