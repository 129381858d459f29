class Box:
    def __init__(self): self.v = 1
b = Box()
b.v += 5
b.v *= 2
print(b.v)
l = [1, 2, 3]
l[0] += 10
l[-1] **= 2
l[1:2] += [7]
print(l)
d = {"a": 1}
d["a"] -= 3
d.setdefault("b", []).append(5)
print(d)
calls = []
def key():
    calls.append("key")
    return "k"
dd = {"k": 0}
dd[key()] += 1
print(dd, calls)
s = "ab"
s += "c"; s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
x = 10
x //= 3; x <<= 2; x |= 1; x ^= 3; x %= 7; x >>= 1; x &= 0xff
print(x)
f = 1.5
f /= 2; f -= 0.25; f **= 3
print(f)
st = {1, 2}
st |= {3}; st -= {1}; st &= {2, 3, 4}; st ^= {5}
print(st)
nested = [[0]]
nested[0][0] += 7
print(nested)
