d = {}
for i in range(5000):
    d[i] = str(i)
    if i % 3 == 0:
        del d[i // 2]
print(len(d), d.get(4998), d.get(1))
keys = list(d)[:5]
print(keys)
s = 0
for k, v in d.items():
    s += k + len(v)
print(s)
big = {(i, i * 2): [i] * 3 for i in range(1000)}
for k in list(big):
    if k[0] % 2:
        del big[k]
print(len(big), big[(10, 20)], list(big)[-1])
strs = {}
for i in range(2000):
    strs["key" + str(i % 500)] = i
print(len(strs), strs["key0"], strs["key499"])
