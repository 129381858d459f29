lst = []
for i in range(300):
    lst.append(i * 2)
    if len(lst) > 100:
        lst.pop(0)
print(len(lst), lst[0], lst[-1], sum(lst))
d = {}
for i in range(500):
    k = i % 37
    d[k] = d.get(k, 0) + i
print(len(d), d[0], d[36], sum(d.values()))
s = set()
for i in range(200):
    s.add(i * 7 % 50)
print(len(s), sorted(s)[:5])
words = ("alpha beta gamma delta " * 20).split()
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
matrix = [[0] * 10 for _ in range(10)]
for i in range(10):
    for j in range(10):
        matrix[i][j] = i * j
print(sum(map(sum, matrix)), matrix[9][9])
