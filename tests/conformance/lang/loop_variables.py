for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
total = 0
for i in range(1, 11):
    if i % 2 == 0:
        continue
    total += i
print(total)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
d = {"x": 1, "y": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for i in range(10, 0, -3):
    print(i, end=",")
print()
l = [1, 2, 3]
for x in l:
    l.append(x) if len(l) < 6 else None
print(l)
i = 0
while i < 10:
    i += 3
print(i)
for ch in "héllo":
    print(ch, end="|")
print()
x = 5
for x in range(2):
    pass
print(x)
