def find(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
        finally:
            pass
    return -1
print(find([1, 2, 3], 2), find([], 1))
total = 0
for i in range(10):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        total += i
    except ValueError as e:
        total -= e.args[0]
        continue
    finally:
        total += 100
print(total)
i = 0
while i < 5:
    i += 1
    try:
        if i == 4:
            break
    except Exception:
        pass
    else:
        print("else", i)
print("end", i)
def gen_fin():
    for i in range(3):
        try:
            yield i
        finally:
            print("fin", i)
gf = gen_fin()
for v in gf:
    if v == 1:
        break
print("loop done")
gf.close()
print("closed")
