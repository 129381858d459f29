d = {}
for i in range(12000):
    d[str(i)] = (i, [i] * 2)
    if i % 500 == 0:
        tmp = [{"k": j} for j in range(50)]
ok = all(d[str(i)][0] == i and d[str(i)][1] == [i, i] for i in range(0, 12000, 7))
print(len(d), ok, d["11999"])
keys = list(d)
print(keys[:3], keys[-3:])
