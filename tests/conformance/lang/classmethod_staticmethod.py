class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_str(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_str("2024-02-29"))
print(MyDate.from_str("2023-01-05"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1,1,1).is_leap(2024))
d = MyDate(1, 2, 3)
print(d.from_str("9-8-7"))
sm = Date.__dict__['is_leap']
cm = Date.__dict__['from_str']
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2004))
f = Date.from_str
print(f.__self__.__name__)
