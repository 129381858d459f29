def f(a, b=10, c=20):
    return a + b + c
print(f(1), f(1, 2), f(1, 2, 3), f(1, c=0))
def g(x, items=[]):
    items.append(x)
    return len(items)
print(g(1), g(2), g(3))
def h(*, key=None, reverse=False):
    return key, reverse
print(h(), h(reverse=True))
try:
    f()
except TypeError as e:
    print(e)
def m(a, b, c, d):
    pass
try:
    m(1)
except TypeError as e:
    print(e)
try:
    m(1, 2)
except TypeError as e:
    print(e)
