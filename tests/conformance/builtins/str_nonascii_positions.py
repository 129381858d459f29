# Positions in non-ASCII strs: indexing, slicing, find/index/count with start, walked
# forwards, backwards and at random (coil keeps a char->byte cursor per str).
import random
s = "".join(("aé€😀"[i % 4]) * (1 + i % 3) for i in range(300))
n = len(s)
print(n, s[:12], s[-7:], s[n // 2], s[-1], s[0])
fw = "".join(s[i] for i in range(n))
bw = "".join(s[i] for i in range(n - 1, -1, -1))
print(fw == s, bw == s[::-1], len(bw))
rng = random.Random(5)
ok = True
chars = list(s)
for _ in range(500):
    a = rng.randrange(n + 1)
    b = rng.randrange(n + 1)
    if s[a:b] != "".join(chars[a:b]):
        ok = False
    if a < n and s[a] != chars[a]:
        ok = False
print("random slices", ok)
hits = []
i = s.find("😀")
while i != -1:
    hits.append(i)
    i = s.find("😀", i + 1)
print(len(hits), hits[:6], hits[-3:])
print(s.count("€", 10, 200), s.count("é", 100), s.index("€", 50), s.rfind("é", 0, 100), s.rindex("a", 5, 90))
t = "héllo wörld " * 40
pos = [t.find("ö", k) for k in range(0, len(t), 37)]
print(pos[:8], t.find("xyz"), t.find("ö", len(t)), t.find("", len(t)), t.startswith("wö", 7), t.endswith("ll", 0, 4))
parts = []
k = 0
while k < len(t):
    j = t.find(" ", k)
    if j < 0:
        break
    parts.append(t[k:j])
    k = j + 1
print(len(parts), parts[:3], parts[-1])
import re
words = re.findall(r"\w+", t)
print(len(words), words[:4], [m.start() for m in re.finditer("ö", t)][:5])
print(re.sub(r"ö", "o", t)[:24], re.split(r"\s+", t.strip())[-2:])
