import os, a.b.c as d
from . import x
from ..m.n import (p as q, r,)
from __future__ import annotations
global g1
x: int = 1
(y): int
a.b: str
x = y = z = 0
x += 1; x **= 2; x //= 3; x @= m
del a, b[0], c.d
assert x, "msg"
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue
for i, *j in k:
    pass
else:
    pass
try:
    pass
except E as e:
    raise
except (A, B):
    raise X from e
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
with a as b, c as (d, e):
    pass
with (a as b, c):
    pass
@dec
@dec2(1)
class C(B, metaclass=M, *args, **kw):
    """doc"""
    def f(self, a, /, b, c=1, *d, e, f=2, **g) -> "r":
        nonlocal_ = 1
        return a
    async def g(self):
        async for x in y:
            await z
        async with a:
            yield
        yield from q
        return [i async for i in a]
def h(*, a): pass
def k(a, b=1, /, c=2): pass
