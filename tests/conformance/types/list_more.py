l = list(range(10))
print(l[::3], l[-3:], l[2:-2:2], l[::-3], l[5:1:-1])
l2 = l[:]
l2[::2] = "abcde"
print(l2)
l3 = [1, 2, 3]
l3[1:] = range(5)
print(l3)
l4 = [0] * 5
l4[1:4] = []
print(l4)
print([1, [2, 3]] * 2, [[]] * 3, list(map(list, ["ab", "c"])))
m = [3, 1, 2]
print(sorted(m), m, m.sort(), m)
print([1, 2, 3].index(2), [1, 2, 3, 2].index(2, 2), [1, 2, 1].count(1), [[1]].count([1]))
print(list(reversed([1, 2, 3])), [1, 2] + [3], [1, 2] == [1, 2.0], [1, 2] < [1, 2, 3], [3] > [2, 9])
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = [1, 2, 3]
d = c
c += [4]
print(c, d)
e = [5, 3, 9]
e.extend(e)
print(e)
f = [1, 2, 3, 4, 5, 6]
del f[1::2]
print(f)
print(len([[]]), [] == [], [None] != [None], bool([[]]))
