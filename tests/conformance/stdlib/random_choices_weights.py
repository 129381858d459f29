import random
r = random.Random(31337)
print(r.choices("abc", k=10))
print(r.choices("abc", weights=[10, 1, 1], k=10))
print(r.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=8))
print(r.sample(range(1000), k=7), r.sample("abcdefgh", 3))
print([r.randrange(-50, 50, 10) for _ in range(6)])
print([r.randint(-3, 3) for _ in range(12)])
print(round(r.normalvariate(0, 1), 12), round(r.lognormvariate(0, 0.5), 12), round(r.vonmisesvariate(0, 1), 12))
print(round(r.paretovariate(2), 12), round(r.weibullvariate(1, 2), 12), round(r.gammavariate(2, 1), 12))
try:
    r.choices([], k=1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.choices("ab", weights=[1], k=1)
except ValueError as e:
    print(type(e).__name__, e)
