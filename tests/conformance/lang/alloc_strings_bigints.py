parts = []
for i in range(1000):
    parts.append(str(i) * (i % 5))
s = "".join(parts)
print(len(s), s[:30], hash(s) == hash("".join(parts)))
big = 1
nums = []
for i in range(300):
    big = big * 7 + i
    nums.append(big)
print(nums[-1] % 1000000007, len(str(nums[-1])), sum(nums) % 999983)
floats = [i / 7 for i in range(5000)]
print(sum(floats), max(floats), floats[700])
tuples = [(i, str(i), float(i)) for i in range(2000)]
print(tuples[1999], sum(t[0] for t in tuples), len({t[1] for t in tuples}))
