i = 0
total = 0
while i < 100:
    i += 1
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
print(i, total)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
k = 5
while k:
    k -= 1
else:
    print("while-else", k)
acc = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        acc.append((a, b))
print(acc)
n = 0
while True:
    n += 1
    if n == 10:
        break
print(n)
