vals = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
print([bool(v) for v in vals])
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(T()), bool(L()), bool(Plain()), not T(), not Plain())
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or "x", not 0, not "a")
x = [] or [1]
print(x)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, None is None, [] is [])
class Weird:
    def __bool__(self):
        return 1
try:
    bool(Weird())
except TypeError as e:
    print(e)
