import _circular_a
B_VALUE = "b"
def use_a():
    return _circular_a.A_VALUE
