def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print("close", name)
r = resource("a")
print(next(r))
r.close()
print("--")
for item in resource("b"):
    print(item)
print("--")
def first(it):
    for x in it:
        return x
c = resource("c")
print(first(c))
print("after first")
c.close()
print("explicitly closed")
def nested():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
n = nested()
next(n)
n.close()
print("end")
