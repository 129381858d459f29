def outer(v):
    return v
def inner(s):
    return int(s)
result = outer(inner("not a number"))
