r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r)
print(list(range(10, 0, -2)), list(range(0)), len(range(-5)), range(5) == range(0, 5))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(1, 10, 2).index(5), range(3).count(1))
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5, 6][s])
print("abcdefg"[slice(None, None, -2)], (1, 2, 3, 4)[::-1], [1, 2, 3][-10:10])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(5)[10]
except IndexError as e:
    print(e)
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
