for i in range(3):
    pass
else:
    print("for else ran", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else ran", n)
while True:
    break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty for else")
def search(items, t):
    for i, v in enumerate(items):
        if v == t:
            break
    else:
        return -1
    return i
print(search([5, 6, 7], 7), search([5], 9))
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
