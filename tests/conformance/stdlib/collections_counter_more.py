from collections import Counter
c = Counter(a=3, b=1, c=0, d=-2)
print(c, +c, -c, sorted(c.elements()))
print(c.most_common(), c.most_common(1), c.total())
d = Counter("hello world")
print(d.most_common(3), d[" "], d["missing"])
e = Counter(["x", "y"])
e["x"] += 5
e.update(["y", "z"])
e.update({"z": 10})
print(e)
print(Counter("aab") - Counter("abc"), Counter("aab") | Counter("bbc"), Counter("aab") & Counter("abb"))
print(Counter({"a": 1}) == Counter({"a": 1, "b": 0}), Counter("ab") < Counter("aabb") if hasattr(Counter, "__lt__") else "")
words = "one two three two three three".split()
cnt = Counter(words)
for w, n in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>6}: {'*' * n}")
print(Counter(len(w) for w in words))
