items = [3, 2, 1, 0]
inv = lambda v: 6 // v
print([inv(x) for x in items])
