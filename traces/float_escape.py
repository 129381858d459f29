# Objects that escape are allocated by the trace itself: here each Point goes into a
# list, so its `new_with_vtable` and those of the boxed floats stored in it stay in the
# trace. The backend lowers each to an inline nursery bump (load the free pointer, add
# the size, compare with the limit, store the header and zero the fields; a slow-path
# call takes more nursery and never collects, a collection waits for the loop header).


class Point:
    def __init__(self, x):
        self.x = x
        self.y = x * 2.0


def build(n):
    pts = [None] * n
    for i in range(n):
        pts[i] = Point(i * 0.5)
    return pts


pts = build(3000)
print(len(pts), pts[-1].x, pts[-1].y)
