import itertools, re, collections
LOG = """2024-01-01 10:00:01 INFO user=alice action=login ms=120
2024-01-01 10:00:05 WARN user=bob action=login ms=980
2024-01-01 10:01:00 INFO user=alice action=view ms=45
2024-01-01 10:02:30 ERROR user=carol action=pay ms=3001
2024-01-01 10:03:00 INFO user=bob action=view ms=60
garbage line
2024-01-01 10:04:10 INFO user=alice action=logout ms=15
2024-01-01 10:05:00 ERROR user=bob action=pay ms=2500"""
def lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line
def parse(rows):
    pat = re.compile(r"(\S+) (\S+) (\w+) (.*)")
    for i, line in rows:
        m = pat.match(line)
        if not m:
            print(f"skip line {i}: {line!r}")
            continue
        date, time, level, rest = m.groups()
        fields = dict(kv.split("=") for kv in rest.split())
        fields["ms"] = int(fields["ms"])
        yield {"t": f"{date}T{time}", "level": level, **fields}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
recs = list(parse(lines(LOG)))
print(len(recs), recs[0])
by_user = collections.defaultdict(list)
for r in recs: by_user[r["user"]].append(r["ms"])
for user, ms in sorted(by_user.items()):
    print(f"{user:<6} n={len(ms)} avg={sum(ms) / len(ms):8.2f} max={max(ms):5d}")
print([r["user"] for r in only("ERROR", recs)])
print(collections.Counter(r["action"] for r in recs).most_common())
slow = itertools.takewhile(lambda r: r["ms"] < 2000, sorted(recs, key=lambda r: r["ms"]))
print([r["ms"] for r in slow])
for level, grp in itertools.groupby(sorted(recs, key=lambda r: r["level"]), key=lambda r: r["level"]):
    g = list(grp); print(level, len(g), sum(r["ms"] for r in g))
def window(it, n):
    it = iter(it); d = collections.deque(itertools.islice(it, n), maxlen=n)
    if len(d) == n: yield tuple(d)
    for x in it:
        d.append(x); yield tuple(d)
print(list(window([r["ms"] for r in recs], 3))[:3])
def chunks(seq, n):
    it = iter(seq)
    while batch := list(itertools.islice(it, n)):
        yield batch
print(list(chunks(range(10), 4)))
gen = (x * x for x in range(5)); print(next(gen), list(gen), list(gen))
def averager():
    total = n = 0; avg = None
    while True:
        x = yield avg
        total += x; n += 1; avg = total / n
a = averager(); next(a); print([a.send(v) for v in (10, 20, 60)])
