class Greeter:
    def greet(self):
        return 1
g = Greeter()
total = 0
for i in range(100):
    if i == 50:
        Greeter.greet = lambda self: 10
    if i == 75:
        g.greet = lambda: 100
    total += g.greet()
print(total)
class Base:
    def val(self): return 1
class Child(Base):
    pass
c = Child()
acc = 0
for i in range(60):
    if i == 20:
        Child.val = lambda self: 2
    if i == 40:
        del Child.val
        Base.val = lambda self: 3
    acc += c.val()
print(acc)
class Counter:
    step = 1
cnt = 0
for i in range(30):
    if i == 10:
        Counter.step = 5
    cnt += Counter.step
print(cnt)
