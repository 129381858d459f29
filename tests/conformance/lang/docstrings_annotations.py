"""Module docstring."""
def f(x: int, y: "str" = "d") -> bool:
    """Function doc."""
    return True
class C:
    """Class doc."""
    attr: int = 5
    other: str
    def m(self) -> None:
        "Method doc."
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__)
print(f.__annotations__, C.__annotations__)
print(C.attr, hasattr(C, "other"))
x: int = 10
y: list
print(x, __annotations__ if "__annotations__" in globals() else {})
def g():
    z: int = 3
    w: str
    return z
print(g())
