def inner(x):
    raise ValueError(f"bad value {x}")

def outer():
    inner(42)

print("before")
outer()
