def inner():
    raise ValueError("original")
def outer():
    try:
        inner()
    except ValueError as e:
        e.args = ("modified",)
        raise
outer()
