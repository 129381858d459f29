def f(x):
    if x y:
        return 1
