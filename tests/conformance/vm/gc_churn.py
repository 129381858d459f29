def churn(n):
    keep = []
    for i in range(n):
        t = (i, str(i), [i, i + 1], {"i": i}, float(i))
        if i % 1000 == 0:
            keep.append(t)
    return keep
kept = churn(40000)
print(len(kept), kept[5], sum(t[0] for t in kept))
s = 0
for i in range(80000):
    s += len([i, i, i])
print(s)
