def f():
    return xyzzy_completely_unknown * 2
f()
