n = 30
m = [[(i * j) % 7 for j in range(n)] for i in range(n)]
t = 0
for i in range(n):
    for j in range(n):
        if m[i][j] > 3:
            t += m[i][j]
        else:
            t -= 1
print(t)
count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 40):
            if a * a + b * b == c * c:
                count += 1
print(count)
s = 0
i = 0
while i < 100:
    j = 0
    while j < i:
        s += j & i
        j += 3
    i += 1
print(s)
out = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
print(out)
