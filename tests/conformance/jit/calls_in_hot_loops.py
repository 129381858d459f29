# Calls the JIT inlines or leaves to the interpreter inside hot loops: closures and
# lambdas, keyword/default/*args binding, bound methods, static and class methods,
# super().__init__, classes without __init__, class attributes, operator dunders
# (including NotImplemented fallbacks), properties, __getitem__, callable instances,
# recursion through residual calls (with an exception and the recursion limit),
# generators.
import sys


class Base:
    count = 7

    def __init__(self, x, y=2, *, z=3):
        self.x = x
        self.y = y
        self.z = z

    def total(self):
        return self.x + self.y + self.z + self.count


class Sub(Base):
    def __init__(self, x, w=10):
        super().__init__(x, z=w)
        self.w = w


class Empty:
    pass


class Inherit(Base):
    pass


class V:
    def __init__(self, a):
        self.a = a

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.a + o.a)
        return NotImplemented

    def __radd__(self, o):
        return V(self.a + o + 1000)

    def __lt__(self, o):
        return self.a < o.a

    def __eq__(self, o):
        return self.a == o.a

    def __getitem__(self, i):
        return self.a + i

    @property
    def double(self):
        return self.a * 2

    @staticmethod
    def st(q):
        return q + 1

    @classmethod
    def cm(cls, q):
        return q + 2


class W(V):
    def __radd__(self, o):
        return W(-1)


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, scale=1):
        return (x + self.k) * scale


def kw2(a, b, c=4):
    return a * b + c


def star(*args):
    return len(args)


def kwonly(a, *, k=5, m):
    return a + k * m


def calls(n):
    s = 0
    acc = V(0)
    add3 = Adder(3)
    holder = Base(add3)
    for i in range(n):
        s += add3(i) + add3(i, scale=2) + holder.x(i)
        b = Base(i)
        s += b.total()
        s += Sub(i).total() + Sub(i, w=i).w
        e = Empty()
        s += Inherit(i, 4).total()
        v = V(i)
        acc = acc + v
        if v < acc:
            s += 1
        if v == V(i):
            s += 2
        s += v[3] + v.double + v.st(i) + V.st(i) + v.cm(i)
        s += kw2(i, 2) + kw2(i, b=3) + kw2(c=1, b=2, a=i) + star(i, i) + star()
        s += kwonly(i, m=2) + kwonly(i, k=1, m=3)
        m = b.total
        s += m()
        w = V(1) + W(2)
        s += w.a
        if i == n - 5:
            V.st = staticmethod(lambda q: q - 1)
        if i == n - 3:
            kw2.__defaults__ = (100,)
    return s, acc.a, (1 + V(5)).a


def closures(n):
    scale = 3

    def inner(v):
        return v * scale

    total = 0

    def bump(d):
        nonlocal total
        total += d

    s = 0
    for i in range(n):
        f = lambda x: x + i
        s += f(1) + inner(i)
        bump(i)
        if i == n // 2:
            scale = 4
    return s, total


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def boom(n, fail):
    if n == 0:
        if fail:
            raise ValueError("deep")
        return 1
    return boom(n - 1, fail)


def gen(n):
    for i in range(n):
        yield i


def recursion(n):
    s = 0
    for i in range(n):
        s += fib(i % 12) + depth(i % 40) + sum(gen(3))
    try:
        for i in range(n):
            s += boom(3, i == n - 1)
    except ValueError as e:
        print("caught", e, s)
    return s


def near_limit(k):
    t = 0
    for i in range(40):
        t += depth(k)
    return t


print(calls(1200))
print(closures(1500))
print(recursion(500))
sys.setrecursionlimit(200)
for k in (190, 196, 197, 198):
    try:
        print(k, near_limit(k))
    except RecursionError as e:
        print(k, "RecursionError", e)
