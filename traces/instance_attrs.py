# Attribute loads and stores on map-based instances: the map, class and class version
# are guarded once per object, ints are untagged/retagged and floats unboxed/boxed.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def walk(n):
    pos = Vec(0, 0.0)
    step = Vec(3, 0.25)
    for i in range(n):
        pos.x = pos.x + step.x
        pos.y = pos.y + step.y
    return pos


p = walk(1000)
print(p.x, p.y)
