# category: numeric
# quick: 24
# Ray tracer: spheres and a plane, Lambert + specular shading, shadows and reflections,
# vectors as small objects with operator methods.
import sys


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return self.dot(self) ** 0.5

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2.0)


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at_time(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0.0:
            return None
        return v - disc ** 0.5

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return (self.point - ray.point).dot(self.normal) / v
        return None

    def normal_at(self, p):
        return self.normal


class Surface:
    def __init__(self, base, specular, lambert, ambient, checker):
        self.base = base
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient
        self.checker = checker

    def base_colour_at(self, p):
        if not self.checker:
            return self.base
        v = p - ZERO
        if (int(abs(v.x) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return Vector(0.1, 0.1, 0.1)
        return self.base

    def colour_at(self, scene, ray, p, normal, depth):
        b = self.base_colour_at(p)
        c = ZERO
        if self.specular > 0.0 and depth < 3:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            c = c + scene.ray_colour(reflected, depth + 1).scale(self.specular)
        lambert_amount = 0.0
        for light in scene.lights:
            if scene.visible(light, p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0.0:
                    lambert_amount += contribution
        lambert_amount = min(1.0, lambert_amount)
        c = c + b.scale(self.lambert * lambert_amount)
        return c + b.scale(self.ambient)


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.eye = Vector(0.0, 1.8, 10.0)
        self.look_at = Vector(0.0, 3.0, 0.0)

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def first_hit(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > 1e-9 and (best is None or t < best[0]):
                best = (t, obj, surface)
        return best

    def visible(self, light, p):
        ray = Ray(p, light - p)
        hit = self.first_hit(ray)
        if hit is None:
            return True
        return hit[0] > (light - p).magnitude()

    def ray_colour(self, ray, depth):
        hit = self.first_hit(ray)
        if hit is None:
            return ZERO
        t, obj, surface = hit
        p = ray.point_at_time(t)
        return surface.colour_at(self, ray, p, obj.normal_at(p), depth)

    def render(self, width, height):
        fov = 45.0
        half_width = 0.4142135623730951 * (fov / 45.0)
        half_height = half_width * height / width
        eye_ray = Ray(self.eye, self.look_at - self.eye)
        vp_right = eye_ray.vector.cross(UP).normalized()
        vp_up = vp_right.cross(eye_ray.vector).normalized()
        pixel_w = half_width * 2.0 / (width - 1)
        pixel_h = half_height * 2.0 / (height - 1)
        checksum = 0
        for y in range(height):
            for x in range(width):
                xcomp = vp_right.scale(x * pixel_w - half_width)
                ycomp = vp_up.scale(y * pixel_h - half_height)
                ray = Ray(eye_ray.point, eye_ray.vector + xcomp + ycomp)
                c = self.ray_colour(ray, 0)
                r = int(min(c.x, 1.0) * 255)
                g = int(min(c.y, 1.0) * 255)
                b = int(min(c.z, 1.0) * 255)
                checksum = (checksum * 33 + r * 65536 + g * 256 + b) % 1000000007
        return checksum


def main(size):
    scene = Scene()
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0), Surface(Vector(1.0, 1.0, 0.0), 0.2, 0.6, 0.2, False))
    for y in range(6):
        scene.add(Sphere(Vector(-3.0 - y * 0.4, 2.3, -5.0), 0.4),
                  Surface(Vector(y / 6.0, 1.0 - y / 6.0, 0.5), 0.2, 0.6, 0.2, False))
    scene.add(Halfspace(Vector(0.0, 0.0, 0.0), UP), Surface(Vector(1.0, 1.0, 1.0), 0.0, 0.6, 0.2, True))
    print("checksum", scene.render(size, size))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 240)
