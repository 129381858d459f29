from enum import Enum, auto, unique, Flag

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.radius)

class Op(Enum):
    ADD = "+"
    SUB = "-"
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
    def __str__(self):
        return self.value
print(Op.ADD.apply(2, 3), Op("-").apply(2, 3), str(Op.SUB), f"{Op.ADD}")

class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value)

try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(type(e).__name__, e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(hash(Color := Op.ADD) == hash(Op.ADD))
d = {Op.ADD: 1, Op.SUB: 2}
print(d[Op.SUB])
