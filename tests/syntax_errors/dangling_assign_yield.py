def g():
    yield x =
