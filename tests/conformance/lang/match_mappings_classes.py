class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    def __init__(self, r): self.r = r
def m(v):
    match v:
        case {"type": "move", "dx": dx, **rest}:
            return f"move {dx} rest={rest}"
        case {"type": "stop"}:
            return "stop"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "some point"
        case Circle(r=r):
            return f"circle {r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case [Point(x=x1), Point(x=x2)]:
            return f"two points {x1} {x2}"
        case _:
            return "unknown"
tests = [{"type": "move", "dx": 3, "extra": 1}, {"type": "stop", "x": 1}, Point(0, 0), Point(5, 0),
         Point(2, 2), Point(1, 2), Circle(4), 7, 2.5, "s", [Point(1, 1), Point(2, 2)], {"type": "x"}]
for t in tests:
    print(m(t))
try:
    match Circle(1):
        case Circle(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match (1, 2):
    case (x, y) as whole:
        print(x, y, whole)
