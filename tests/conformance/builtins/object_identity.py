a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) != id(c))
print(None is None, True is True, (1 == 1) is True, type(a) is list)
x = 256
y = 256
print(x == y, int("5") == 5)
s1 = "hello"
s2 = "".join(["he", "llo"])
print(s1 == s2)
t = ()
print(t == (), len(t))
def f(): return []
print(f() is f(), f() == f())
o = object()
print(o is o, o == o, o != object())
