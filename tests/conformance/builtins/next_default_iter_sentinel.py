it = iter([1, 2])
print(next(it, "d"), next(it, "d"), next(it, "d"), next(it, None))
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 9)), pos[0])
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
class Called:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Called()
print(list(iter(c, 5)), c.n)
g = (i for i in range(2))
print(next(g), next(g), next(g, StopIteration))
