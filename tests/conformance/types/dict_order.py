d = {}
for ch in "hello world":
    d[ch] = d.get(ch, 0) + 1
print(d)
d = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del d[i]
d[0] = "back"
d[4] = "again"
print(d)
print(list(d.items())[:3])
od = {}
od["z"] = 1; od["y"] = 2; od["x"] = 3
od["z"] = 9
print(list(od))
big = {}
for i in range(1000):
    big[i * 7919 % 1009] = i
print(list(big)[:10], list(big)[-5:], len(big))
for i in range(0, 1000, 3):
    big.pop(i * 7919 % 1009, None)
print(list(big)[:10], len(big))
print({-1: 1, -2: 2, 2**62: 3, 0.5: 4, None: 5, (1,): 6})
