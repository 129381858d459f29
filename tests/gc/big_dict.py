# A dict of N entries (argument, default 1000000) built while collections run (garbage in
# between, keys of several types), then checked entry by entry.
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
d = {}
for i in range(n):
    if i % 2:
        d[i * 7] = str(i)
    else:
        d["k" + str(i)] = (i, [i])
    junk = [[i], (i, i), str(i)]
bad = 0
for i in range(n):
    if i % 2:
        if d[i * 7] != str(i):
            bad += 1
    else:
        v = d["k" + str(i)]
        if v[0] != i or v[1] != [i]:
            bad += 1
print(len(d), bad, d[7 * (n - 1 if n % 2 == 0 else n - 2)])
