def source():
    yield 1
    yield 0
def transform(xs):
    for x in xs:
        yield 10 // x
def consume():
    return list(transform(source()))
consume()
