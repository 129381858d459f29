parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
lines = ["first", "second", "third"]
text = "\n".join(f"{n:>2}: {l}" for n, l in enumerate(lines, 1))
print(text)
table = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
widths = [max(len(r[i]) for r in table) for i in range(2)]
for r in table:
    print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
print("-".join(str(x) for x in range(5)), "".join(reversed("stressed")))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("{0:>{1}}".format("right", 10), "{:^{w}}".format("c", w=5) + "|")
print(str(1) + str(2.0) + str(None) + str([3]))
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), " ".join(w[::-1] for w in words))
acro = "".join(w[0].upper() for w in words)
print(acro, acro.lower(), acro * 2)
