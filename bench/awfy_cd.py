# category: object
# quick: 10
# Are-we-fast-yet CD: aircraft collision detection over 200 frames; red-black trees keyed
# by call signs and voxels, recursive voxel drawing, quadratic-equation intersection.
import sys

MIN_X = 0.0
MIN_Y = 0.0
MAX_X = 1000.0
MAX_Y = 1000.0
MIN_Z = 0.0
MAX_Z = 10.0
PROXIMITY_RADIUS = 1.0
GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0
INF = float("inf")
NAN = float("nan")


def fdiv(a, b):
    """IEEE division, as the Java original relies on (x/0.0 is ±inf or NaN)."""
    if b != 0.0:
        return a / b
    if a > 0.0:
        return INF
    if a < 0.0:
        return -INF
    return NAN


def compare_numbers(a, b):
    if a == b:
        return 0
    if a < b:
        return -1
    if a > b:
        return 1
    if a == a:
        return 1
    return -1


class Vector2D:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, o):
        return Vector2D(self.x + o.x, self.y + o.y)

    def minus(self, o):
        return Vector2D(self.x - o.x, self.y - o.y)

    def compare_to(self, o):
        r = compare_numbers(self.x, o.x)
        if r != 0:
            return r
        return compare_numbers(self.y, o.y)


class Vector3D:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def plus(self, o):
        return Vector3D(self.x + o.x, self.y + o.y, self.z + o.z)

    def minus(self, o):
        return Vector3D(self.x - o.x, self.y - o.y, self.z - o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def squared_magnitude(self):
        return self.dot(self)

    def magnitude(self):
        return self.squared_magnitude() ** 0.5

    def times(self, k):
        return Vector3D(self.x * k, self.y * k, self.z * k)


class CallSign:
    def __init__(self, value):
        self.value = value

    def compare_to(self, o):
        if self.value == o.value:
            return 0
        return -1 if self.value < o.value else 1


RED = 0
BLACK = 1


class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None
        self.parent = None
        self.color = RED


class RedBlackTree:
    """Insert-and-lookup red-black tree (CLRS), in-order iteration."""

    def __init__(self):
        self.root = None
        self.size = 0

    def get(self, key):
        x = self.root
        while x is not None:
            c = key.compare_to(x.key)
            if c == 0:
                return x.value
            x = x.left if c < 0 else x.right
        return None

    def put(self, key, value):
        y = None
        x = self.root
        while x is not None:
            y = x
            c = key.compare_to(x.key)
            if c == 0:
                old = x.value
                x.value = value
                return old
            x = x.left if c < 0 else x.right
        z = Node(key, value)
        z.parent = y
        if y is None:
            self.root = z
        elif key.compare_to(y.key) < 0:
            y.left = z
        else:
            y.right = z
        self.size += 1
        self.fix_after_insert(z)
        return None

    def rotate_left(self, x):
        y = x.right
        x.right = y.left
        if y.left is not None:
            y.left.parent = x
        y.parent = x.parent
        if x.parent is None:
            self.root = y
        elif x is x.parent.left:
            x.parent.left = y
        else:
            x.parent.right = y
        y.left = x
        x.parent = y

    def rotate_right(self, x):
        y = x.left
        x.left = y.right
        if y.right is not None:
            y.right.parent = x
        y.parent = x.parent
        if x.parent is None:
            self.root = y
        elif x is x.parent.right:
            x.parent.right = y
        else:
            x.parent.left = y
        y.right = x
        x.parent = y

    def fix_after_insert(self, z):
        while z.parent is not None and z.parent.color == RED:
            gp = z.parent.parent
            if z.parent is gp.left:
                y = gp.right
                if y is not None and y.color == RED:
                    z.parent.color = BLACK
                    y.color = BLACK
                    gp.color = RED
                    z = gp
                else:
                    if z is z.parent.right:
                        z = z.parent
                        self.rotate_left(z)
                    z.parent.color = BLACK
                    z.parent.parent.color = RED
                    self.rotate_right(z.parent.parent)
            else:
                y = gp.left
                if y is not None and y.color == RED:
                    z.parent.color = BLACK
                    y.color = BLACK
                    gp.color = RED
                    z = gp
                else:
                    if z is z.parent.left:
                        z = z.parent
                        self.rotate_right(z)
                    z.parent.color = BLACK
                    z.parent.parent.color = RED
                    self.rotate_left(z.parent.parent)
        self.root.color = BLACK

    def for_each(self, fn):
        stack = []
        x = self.root
        while stack or x is not None:
            while x is not None:
                stack.append(x)
                x = x.left
            x = stack.pop()
            fn(x.key, x.value)
            x = x.right


class Aircraft:
    def __init__(self, callsign, position):
        self.callsign = callsign
        self.position = position


class Motion:
    def __init__(self, callsign, pos_one, pos_two):
        self.callsign = callsign
        self.pos_one = pos_one
        self.pos_two = pos_two

    def delta(self):
        return self.pos_two.minus(self.pos_one)

    def find_intersection(self, other):
        init1 = self.pos_one
        init2 = other.pos_one
        vec1 = self.delta()
        vec2 = other.delta()
        radius = PROXIMITY_RADIUS
        a = vec2.minus(vec1).squared_magnitude()
        if a != 0.0:
            b = (2.0 * (init1.x - init2.x) * (vec1.x - vec2.x)
                 + 2.0 * (init1.y - init2.y) * (vec1.y - vec2.y)
                 + 2.0 * (init1.z - init2.z) * (vec1.z - vec2.z))
            c = (-radius * radius + (init2.x - init1.x) * (init2.x - init1.x)
                 + (init2.y - init1.y) * (init2.y - init1.y)
                 + (init2.z - init1.z) * (init2.z - init1.z))
            discr = b * b - 4.0 * a * c
            if discr < 0.0:
                return None
            v1 = (-b - discr ** 0.5) / (2.0 * a)
            v2 = (-b + discr ** 0.5) / (2.0 * a)
            if v1 <= v2 and ((v1 <= 1.0 and 1.0 <= v2) or (v1 <= 0.0 and 0.0 <= v2)
                             or (0.0 <= v1 and v2 <= 1.0)):
                v = 0.0 if v1 <= 0.0 else v1
                result1 = init1.plus(vec1.times(v))
                result2 = init2.plus(vec2.times(v))
                result = result1.plus(result2).times(0.5)
                if (MIN_X <= result.x <= MAX_X and MIN_Y <= result.y <= MAX_Y
                        and MIN_Z <= result.z <= MAX_Z):
                    return result
            return None
        dist = init2.minus(init1).magnitude()
        if dist <= radius:
            return init1.plus(init2).times(0.5)
        return None


HORIZONTAL = Vector2D(GOOD_VOXEL_SIZE, 0.0)
VERTICAL = Vector2D(0.0, GOOD_VOXEL_SIZE)


class CollisionDetector:
    def __init__(self):
        self.state = RedBlackTree()

    def handle_new_frame(self, frame):
        motions = []
        seen = RedBlackTree()
        for aircraft in frame:
            old_position = self.state.put(aircraft.callsign, aircraft.position)
            new_position = aircraft.position
            seen.put(aircraft.callsign, True)
            if old_position is None:
                old_position = new_position
            motions.append(Motion(aircraft.callsign, old_position, new_position))
        to_remove = []
        self.state.for_each(lambda k, v: None if seen.get(k) else to_remove.append(k))
        if to_remove:  # aircraft never leave in this simulation; rebuild without them
            keep = RedBlackTree()
            self.state.for_each(lambda k, v: None if k in to_remove else keep.put(k, v))
            self.state = keep
        all_reduced = self.reduce_collision_set(motions)
        collisions = []
        for reduced in all_reduced:
            for i in range(len(reduced)):
                motion1 = reduced[i]
                for j in range(i + 1, len(reduced)):
                    motion2 = reduced[j]
                    collision = motion1.find_intersection(motion2)
                    if collision is not None:
                        collisions.append((motion1.callsign, motion2.callsign, collision))
        return collisions

    @staticmethod
    def is_in_voxel(voxel, motion):
        if voxel.x > MAX_X or voxel.x < MIN_X or voxel.y > MAX_Y or voxel.y < MIN_Y:
            return False
        init = motion.pos_one
        fin = motion.pos_two
        v_s = GOOD_VOXEL_SIZE
        r = PROXIMITY_RADIUS / 2.0
        v_x = voxel.x
        x0 = init.x
        xv = fin.x - init.x
        v_y = voxel.y
        y0 = init.y
        yv = fin.y - init.y
        low_x = fdiv(v_x - r - x0, xv)
        high_x = fdiv(v_x + v_s + r - x0, xv)
        if xv < 0.0:
            low_x, high_x = high_x, low_x
        low_y = fdiv(v_y - r - y0, yv)
        high_y = fdiv(v_y + v_s + r - y0, yv)
        if yv < 0.0:
            low_y, high_y = high_y, low_y
        return ((((xv == 0.0 and v_x <= x0 + r and x0 - r <= v_x + v_s))
                 or ((low_x <= 1.0 and 1.0 <= high_x) or (low_x <= 0.0 and 0.0 <= high_x)
                     or (0.0 <= low_x and high_x <= 1.0)))
                and (((yv == 0.0) and (v_y <= y0 + r) and (y0 - r <= v_y + v_s))
                     or ((low_y <= 1.0 and 1.0 <= high_y) or (low_y <= 0.0 and 0.0 <= high_y)
                         or (0.0 <= low_y and high_y <= 1.0)))
                and (xv == 0.0 or yv == 0.0
                     or (low_y <= high_x and high_x <= high_y)
                     or (low_y <= low_x and low_x <= high_y)
                     or (low_x <= low_y and high_y <= high_x)))

    def put_into_map(self, voxel_map, motion, voxel):
        array = voxel_map.get(voxel)
        if array is None:
            array = []
            voxel_map.put(voxel, array)
        array.append(motion)

    def recurse(self, voxel_map, seen, next_voxel, motion):
        if not self.is_in_voxel(next_voxel, motion):
            return
        if seen.put(next_voxel, True) is not None:
            return
        self.put_into_map(voxel_map, motion, next_voxel)
        self.recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL), motion)
        self.recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL), motion)
        self.recurse(voxel_map, seen, next_voxel.minus(VERTICAL), motion)
        self.recurse(voxel_map, seen, next_voxel.plus(VERTICAL), motion)
        self.recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL).minus(VERTICAL), motion)
        self.recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL).plus(VERTICAL), motion)
        self.recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL).minus(VERTICAL), motion)
        self.recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL).plus(VERTICAL), motion)

    def reduce_collision_set(self, motions):
        voxel_map = RedBlackTree()
        for motion in motions:
            self.draw_motion_on_voxel_map(voxel_map, motion)
        result = []
        voxel_map.for_each(lambda k, v: result.append(v) if len(v) > 1 else None)
        return result

    @staticmethod
    def voxel_hash(position):
        x_div = int(position.x / GOOD_VOXEL_SIZE)
        y_div = int(position.y / GOOD_VOXEL_SIZE)
        x = GOOD_VOXEL_SIZE * x_div
        y = GOOD_VOXEL_SIZE * y_div
        if position.x < 0:
            x -= GOOD_VOXEL_SIZE
        if position.y < 0:
            y -= GOOD_VOXEL_SIZE
        return Vector2D(x, y)

    def draw_motion_on_voxel_map(self, voxel_map, motion):
        seen = RedBlackTree()
        self.recurse(voxel_map, seen, self.voxel_hash(motion.pos_one), motion)


class Simulator:
    def __init__(self, num_aircraft):
        self.aircraft = [CallSign(i) for i in range(num_aircraft)]

    def simulate(self, time):
        frame = []
        for i in range(0, len(self.aircraft), 2):
            frame.append(Aircraft(self.aircraft[i],
                                  Vector3D(time, cos(time) * 2.0 + i * 3.0, 10.0)))
            frame.append(Aircraft(self.aircraft[i + 1],
                                  Vector3D(time, sin(time) * 2.0 + i * 3.0, 10.0)))
        return frame


def sin(x):
    """Taylor series after range reduction: deterministic, no math module needed."""
    two_pi = 6.283185307179586
    x = x - two_pi * int(x / two_pi)
    if x > 3.141592653589793:
        x -= two_pi
    term = x
    total = x
    k = 1
    while k < 30:
        term = -term * x * x / ((2 * k) * (2 * k + 1))
        total += term
        k += 1
    return total


def cos(x):
    return sin(x + 1.5707963267948966)


def benchmark(num_aircraft):
    num_frames = 200
    simulator = Simulator(num_aircraft)
    detector = CollisionDetector()
    actual = 0
    for i in range(num_frames):
        time = i / 10.0
        actual += len(detector.handle_new_frame(simulator.simulate(time)))
    return actual


def main(n):
    print("aircraft", n, "collisions", benchmark(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
