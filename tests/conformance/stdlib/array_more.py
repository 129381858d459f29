import array
a = array.array("l", range(10))
print(a[::2], a[::-1][:3], a.tolist()[-2:], len(a))
a[1:3] = array.array("l", [100, 200, 300])
print(a, a.count(100))
del a[0]
a.remove(300)
print(a, a.buffer_info()[1] == len(a), 5 in a)
f = array.array("f", [0.1, 0.5])
print(f, f[0] == 0.1, round(f[0], 6), f.itemsize)
b = array.array("B", range(250, 256))
print(b, b.tobytes(), array.array("B", b.tobytes()) == b)
for bad in [lambda: array.array("x"), lambda: array.array("i", [1.5]), lambda: array.array("b", [200]), lambda: array.array("i").pop()]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
print(array.typecodes)
