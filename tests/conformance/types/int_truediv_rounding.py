# int / int is correctly rounded for any size (CPython's long_true_divide).
import random
random.seed(5)
acc = []
for i in range(400):
    a = random.randrange(-10 ** random.randint(1, 400), 10 ** random.randint(1, 400))
    b = random.randrange(1, 10 ** random.randint(1, 400)) * random.choice([1, -1])
    try:
        acc.append(repr(a / b))
    except OverflowError as e:
        acc.append(str(e))
print(len(acc), acc[:5])
print("|".join(acc[5:60]))
print(2**200 / 3**120, 1 / 3, 10**400 // 3 / 10**399, (2**1100) / (2**80))
print(1 / (2**1074), 3 / (2**1075), 1 / 2**1076, -(2**60 + 1) / 3, (2**53 + 1) / 1)
for a, b in [(2**1024, 1), (2**1024 - 1, 1), (-(2**1100), 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
