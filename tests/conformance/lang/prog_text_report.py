"""Word statistics report over an embedded text."""
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()

ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
print(f"{len(ws)} words, {len(freq)} distinct, {len(TEXT.splitlines())} lines")
print("=" * 40)
for rank, (w, n) in enumerate(top, 1):
    bar = "#" * n
    print(f"{rank:>2}. {w:<{width}} {n:>3} {n / len(ws):6.1%} {bar}")
print("=" * 40)
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    group = sorted(by_len[length])
    print(f"len {length:>2}: {', '.join(group[:5])}{' ...' if len(group) > 5 else ''}")
longest = max(freq, key=lambda w: (len(w), w))
print(f"longest word: {longest!r} ({len(longest)} letters)")
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:03d} | {line[:30]:<30} | {len(line):>3}")
caps = [w for w in TEXT.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print("capitalized:", caps)
print("avg word length: %.3f" % (sum(map(len, ws)) / len(ws)))
