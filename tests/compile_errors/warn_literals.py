def f(x, y):
    if x is 1:
        pass
    if x is not "a" or y:
        pass
    z = x is None, x is True, x is ..., (1, 2) is x
    while 1 < x is -1:
        pass
    assert (x, "message")
    assert ()
    (1, 2)(3)
    "abc"()
    [x, y](1)
    5[0]
    {1, 2}[0]
    [1, 2]["a"]
    "abc"[1.5]
    (x, y)["k"]
    return x is 1
