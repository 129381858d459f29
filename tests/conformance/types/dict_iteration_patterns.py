scores = {"ann": 90, "bob": 72, "cy": 85, "di": 72}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
by_score = {}
for name, s in scores.items():
    by_score.setdefault(s, []).append(name)
print(by_score, sorted(by_score.items(), reverse=True))
print({k: v for k, v in scores.items() if v > 80}, [k for k, v in scores.items() if v == 72])
inverted = dict(zip(scores.values(), scores.keys()))
print(inverted)
total = 0
for v in scores.values():
    total += v
print(total, total / len(scores))
for i, (k, v) in enumerate(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])), 1):
    print(i, k, v)
merged = {**scores, "ann": 95, "eve": 60}
print(list(merged.items())[-2:], len(merged))
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
print([(o, i, v) for o, d in nested.items() for i, v in d.items()])
