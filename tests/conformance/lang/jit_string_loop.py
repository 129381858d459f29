s = ""
for i in range(100):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
parts = []
for i in range(50):
    parts.append(f"{i:03d}")
joined = ",".join(parts)
print(len(joined), joined[:23])
count = 0
text = "the quick brown fox jumps over the lazy dog " * 10
for ch in text:
    if ch in "aeiou":
        count += 1
print(count)
upper = 0
for w in text.split():
    if w.upper() == w.title().upper():
        upper += len(w)
print(upper)
acc = 0
for i in range(200):
    acc += len(str(i * i))
print(acc)
