class MyList(list):
    def sum(self): return sum(self)
    def __repr__(self): return f"MyList({list.__repr__(self)})"
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), ml[1:], type(ml[1:]).__name__, isinstance(ml, list))
class DefaultDict(dict):
    def __missing__(self, k):
        self[k] = v = len(self)
        return v
dd = DefaultDict()
print(dd["a"], dd["b"], dd["a"], dd)
class CIDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
ci = CIDict()
ci["Key"] = 1
print(ci["KEY"], ci, "key" in ci)
class Money(float):
    def __str__(self): return f"${self:.2f}"
m = Money(3.14159)
print(m, repr(m), m * 2, type(m * 2).__name__)
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s)
class Bits(int):
    def bits(self): return bin(self)[2:]
print(Bits(10).bits(), Bits(10) + Bits(5), type(Bits(10) + 1).__name__)
class ESet(set):
    pass
print(type(ESet([1]) | {2}).__name__, ESet([3, 1]) == {1, 3})
