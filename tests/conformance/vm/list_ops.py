a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.remove(2)
print(a, a.index(4), a.count(1))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
print(a[1:3], a[::-1], a[-2:], a[:100])
a[1:3] = [10, 20, 30]
print(a)
del a[0]
del a[::2]
print(a)
b = [[1, 2]] * 3
b[0].append(3)
print(b)
print([1, 2] + [3], [0] * 4, [1, 2] == [1, 2], [1, 2] < [1, 3], [] < [0])
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
c = a.copy()
c.clear()
print(c, a)
print(list(range(5)), list("abc"), list((1, 2)), list({1: 2}))
nested = [1, [2, [3]]]
print(nested, str(nested), repr([]))
x = [1]
x.append(x)
print(x)
for bad in [lambda: [].pop(), lambda: [1].index(5), lambda: [1, 2][5], lambda: [1].remove(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
