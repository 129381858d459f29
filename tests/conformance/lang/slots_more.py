# __slots__ in depth: inheritance, __dict__ slot, private names, defaults, errors.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, Point.x, type(Point.y).__name__, Point.x.__name__)
print(hasattr(p, "__dict__"), vars.__name__)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
for name in ("z", "__dict__"):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
del p.y
print(hasattr(p, "y"), getattr(p, "y", "unset"))
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


lo = Loose(0, 0)
lo.extra = "ok"
print(lo.extra, lo.x)


class Private:
    __slots__ = ("__secret", "visible")

    def __init__(self):
        self.__secret = 42
        self.visible = 1

    def secret(self):
        return self.__secret


pr = Private()
print(pr.secret(), pr._Private__secret, sorted(k for k in Private.__dict__ if "secret" in k))


class WithDefault:
    __slots__ = ("a",)
    b = "class attribute"


w = WithDefault()
print(w.b)
try:
    w.b = 2
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)


class Getattr:
    __slots__ = ("real",)

    def __getattr__(self, name):
        return "fallback " + name


g = Getattr()
print(g.real, g.other)
g.real = "set"
print(g.real)


class Prop:
    __slots__ = ("_v",)

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, value):
        self._v = value


pp = Prop()
pp.v = 21
print(pp.v, pp._v)
