class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex")
print(d.speak(), d.kind, Animal.kind, d.name)
print(repr(d), isinstance(d, Animal), type(d).__name__, Dog.__mro__)
d.age = 3
print(d.age, hasattr(d, "age"), getattr(d, "missing", None))
Animal.kind = "changed"
print(Animal("x").kind, d.kind)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def made(cls):
        return cls.count
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def double(self):
        return self.id * 2
cs = [Counter() for _ in range(3)]
print(Counter.made(), Counter.helper(5), cs[2].double, [c.id for c in cs])
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __str__(self):
        return f"<{self.x},{self.y}>"
    __hash__ = None
a, b = V(1, 2), V(3, 4)
print(a + b, a == V(1, 2), a != b, a < b, len(a), a[1], list(a), sorted([b, a])[0])
try:
    hash(a)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
