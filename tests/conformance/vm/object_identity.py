a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None)() is None if False else True)
s = "hello"
print(s is s, s == "hel" + "lo")
x = 1000
y = 1000
print(x == y, x is y)
print(type(1) is int, type(True) is bool, type(1.0).__name__, type("").__name__)
t = ()
print(len(t), t == ())
class K:
    pass
k1, k2 = K(), K()
print(k1 == k2, k1 != k2, k1 == k1, hash(k1) == hash(k1))
print(isinstance(k1, object), isinstance(K, type), type(K) is type, K.__name__)
