data = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1), ("f", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
seed = 12345
nums = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2**31
    nums.append(seed % 51)
print(sorted(nums))
print(sorted(nums, key=lambda v: v % 7))
print(sorted([3.5, 1, -2, 2.0, True, 0]))
print(sorted(["b", "A", "a", "B", "ä", "Z"]))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]))
print(sorted((1, 5, 3), reverse=True))
l = [5, 4, 3]
try:
    l.sort(key=lambda v: (l.append(1), v)[1])
except ValueError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]))
try:
    sorted([K(1), 2])
except TypeError as e:
    print(type(e).__name__, e)
