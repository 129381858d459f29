class Shape:
    sides = 0
    def area(self):
        return 0
print(Shape.sides)
print(Shape.side)
