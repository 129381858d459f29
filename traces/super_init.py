# `Sub(i)` where `Sub.__init__` calls `super().__init__(...)` with a keyword argument
# and a default: both `__init__` frames are inlined, the super object and the bound
# method are virtual, and so is the instance (only its fields reach the loop).


class Base:
    def __init__(self, x, y=2, *, z=3):
        self.x = x
        self.y = y + z


class Sub(Base):
    def __init__(self, x):
        super().__init__(x, z=x)


def run(n):
    total = 0
    for i in range(n):
        p = Sub(i)
        total += p.x + p.y
    return total


print(run(2000))
