def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("from finally")
f()
