"""Word frequency + formatted tables."""
import re, string
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
cnt = Counter(words)
print(f"{'word':<12}|{'count':>6}|{'share':>8}")
print("-" * 28)
for w, n in cnt.most_common(8):
    print(f"{w:<12}|{n:>6d}|{n/len(words):>8.2%}")
print(f"{'total':^12}|{len(words):>6}|{1:>8.1%}")
vals = [1234567.891, -0.000123456, 1e21, 3.0, 2.5, -1.5e-7, 123456789012.0]
for v in vals:
    print(f"{v:,.2f} | {v:e} | {v:g} | {v:.3g} | {v:12.4E} | {v!r} | {v:+.1f} | {v:_.3f}")
for n in [0, 7, -42, 255, 1 << 40, -(10**12)]:
    print(f"{n:08b} {n:#x} {n:#o} {n:,} {n:_} {n:>+10} {n:^10} {n:*<8} {n:010d}")
print("%5s|%-5s|%05.1f|%x|%X|%o|%e|%g|%%|%c|%r" % ("ab", "cd", 3.14159, 255, 255, 8, 12345.678, 0.00001234, 65, "q"))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7})
print("{0[1]} {1.real} {k[x]!r:>6} {:{w}.{p}f}".format([9, 8], 3+4j, 2.718281, k={"x": "y"}, w=10, p=3) if False else "{0[1]} {1.real} {k[x]!r:>6}".format([9, 8], 3+4j, k={"x": "y"}))
print("{:{w}.{p}f}|{:^{w}}|".format(2.718281, "mid", w=10, p=3))
print("{!s:>5}{!a}".format(1, "é"))
print(string.capwords("hello   world foo"), "hello world".title(), "ÉCOLE".casefold())
print("a,b,,c".split(","), "  x  y ".split(), "a\nb\r\nc".splitlines(True), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("abc".center(9, "*"), "abc".zfill(6), "-12".zfill(6), "x".ljust(3, ".") + "|", "tab\there".expandtabs(4))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("Hello".swapcase(), "hello world".count("o"), "hello".find("l"), "hello".rfind("l"), "hello".index("e"))
print(" ".join(sorted(set(words), key=lambda w: (-cnt[w], w))[:10]))
print(f"{'nested':>{4+6}}", f"{3.14159:.{2}f}", f"{'x'!r:5}", f"{42=}", f"{1+1 = }")
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
w = max(len(t[0]) for t in table)
for name, price, qty in table:
    print(f"{name:<{w}} {price:>7.2f} {qty:>4} {price*qty:>9,.2f}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5, -2), round(7, -1))
print(format(1e16, ""), 1e16, 1.1e-5, 123456789.0, 0.1+0.2, 1/3, 2**0.5, float("inf"), -0.0)
