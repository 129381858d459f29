class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog/" + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"

for a in [Animal("a"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), a.kind())
print(Puppy.__mro__ == (Puppy, Dog, Animal, object))
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__[0].__name__)
print(Dog.__base__.__name__)
