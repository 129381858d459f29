from __future__ import division, print_function
from __future__ import annotations
import __future__
def f(x: UndefinedType) -> AlsoUndefined:
    return x
print(f(1), f.__annotations__)
class C:
    attr: SomeType = 5
print(C.attr, C.__annotations__)
print(__future__.annotations.compiler_flag > 0 if hasattr(__future__.annotations, "compiler_flag") else True)
print(7 / 2)
