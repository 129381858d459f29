def f(x, y):
    return x + y

for call in [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, y=2, z=3), lambda: f(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
