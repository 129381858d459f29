# _random core and the random module built on it: seeding, streams, state round trips.
import _random
import random

r = _random.Random(42)
print(r.random(), r.random())
print(r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
for seed in [0, 1, -1, 2**32, 2**64 + 5, -(2**100), 12345678901234567890]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(64))
r.seed(3.5)
print(r.random())
r.seed(True)
print(r.random())
st = r.getstate()
print(type(st).__name__, len(st), st[-1])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
try:
    r.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    r.setstate((1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    r.setstate([0] * 625)
except TypeError as e:
    print("TypeError", e)
try:
    r.setstate(tuple([0] * 624 + [625]))
except ValueError as e:
    print("ValueError", e)


class Sub(_random.Random):
    pass


s = Sub(7)
print(isinstance(s, _random.Random), s.random())

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
print(random.choice("abcdefg"), random.uniform(1, 2))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.gauss(0, 1), random.getrandbits(70))
g = random.Random(99)
state = g.getstate()
v1 = [g.randint(0, 10**12) for _ in range(3)]
g.setstate(state)
print(v1 == [g.randint(0, 10**12) for _ in range(3)], v1)
print(random.Random(5).random() == random.Random(5).random())
