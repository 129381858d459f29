def producer(tag, n):
    buf = [tag] * 10
    for i in range(n):
        yield f"{buf[i % 10]}{i}"
gens = [producer(chr(97 + i), 50) for i in range(10)]
out = []
for round_ in range(50):
    junk = [str(j) * 3 for j in range(50)]
    for g in gens:
        out.append(next(g))
print(len(out), out[:3], out[-3:])
def make_closures():
    fs = []
    for i in range(200):
        data = list(range(i % 7))
        fs.append(lambda d=data, i=i: sum(d) + i)
    return fs
fs = make_closures()
waste = [{"k": i} for i in range(3000)]
del waste
print(sum(f() for f in fs))
