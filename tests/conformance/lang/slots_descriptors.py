class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)
class T:
    __slots__ = ("x",)
print(type(T.x).__name__, T.__slots__)
t = T()
T.x.__set__(t, 5)
print(t.x, T.x.__get__(t, T))
class U:
    __slots__ = ()
try:
    U().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
class V:
    __slots__ = "single"
v = V(); v.single = "ok"
print(v.single, V.__slots__)
