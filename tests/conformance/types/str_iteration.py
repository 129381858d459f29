s = "héllo wörld"
print(list(s))
print([c for c in s if c in "aeiouéö"])
print(list(enumerate("abc")))
print(sorted("banana"), sorted(set("banana")), "".join(sorted("dcba")))
print(list(reversed("abc")), min("hello"), max("hello"))
print(list(map(ord, "AZaz09")))
print("".join(chr(ord(c) + 1) for c in "HAL"))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(list(zip("abc", "12")))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
