e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))
print(list(enumerate(range(3), start=10**20)))
print(dict(enumerate("xyz")), [i * c for i, c in enumerate("abc")])
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print(list(enumerate(enumerate("ab"))))
print(list(enumerate([], 3)), list(enumerate("a", -5)))
