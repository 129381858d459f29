def outer():
    def inner():
        nonlocal y
        y = 2
    return inner
