import re, textwrap, unicodedata
from collections import Counter
doc = """Title: The Café Report
Author: Zoë O'Brien
Date: 2024-05-06

Sales rose 12.5% in Q1 — driven by espresso (3,204 cups) and naïve "pour-over" fans.
Contact: sales@cafe.example or +1 (555) 010-2030. See https://cafe.example/report?q=1&x=2.
   Indented   line with    spaces.
"""
header, _, body = doc.partition("\n\n")
meta = dict(line.split(": ", 1) for line in header.splitlines())
print(meta)
print(re.findall(r"\d[\d,]*\.?\d*%?", body))
print(re.findall(r"[\w.]+@[\w.]+", body), re.findall(r"https?://\S+?(?=[.,]?\s)", body))
print(re.sub(r"\s+", " ", body.strip())[:60])
print([unicodedata.name(c) for c in "é—ï"], unicodedata.normalize("NFD", "é") == "e\u0301", len(unicodedata.normalize("NFC", "e\u0301")))
words = re.findall(r"\w+(?:['-]\w+)*", doc)
print(len(words), Counter(w.lower() for w in words).most_common(4))
print(" ".join(w.capitalize() for w in "the QUICK bRoWn fox".split()))
print("Zoë".encode("utf-8"), "Zoë".encode("latin-1"), "Zoë".encode("ascii", "replace"), "Zoë".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"Zo\xc3\xab".decode(), b"Zo\xeb".decode("latin-1"), b"Zo\xeb".decode("utf-8", "replace"), b"\xff".decode("utf-8", "backslashreplace"))
print(f"|{'café':^10}|{'naïve':>8}|{'—':<3}|", len("café"), "café"[::-1], "CAFÉ".lower(), "straße".upper())
for line in textwrap.wrap(body, 40, initial_indent="* ", subsequent_indent="  "):
    print(line)
print(repr("tab\tnew\nquote'\"back\\"), ascii("naïve—"), repr("\x00\x7f\u200b"))
def slug(s): return re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()).strip("-")
print(slug("The Café Report: Q1 — 2024!"))
csvish = 'a,"b,c",d\n1,"two ""2""",3'
import csv, io
print(list(csv.reader(io.StringIO(csvish))))
print("%-10s|%10s|" % ("left", "right"), "{:>{}}".format("x", 5), "{:08.3f}".format(-3.14159), "{:+,}".format(1234567))
s = "The rain in Spain"
print(s.count("ain"), s.replace("ain", "AIN", 1), s.startswith(("The", "A")), s.endswith("pain"), s.split(" ", 2), s.rsplit(" ", 1))
print(re.split(r"(\s)", "a b  c"), re.sub(r"(?i)spain", "France", s), re.search(r"(\w+) in (\w+)", s).groups(), re.findall(r"\bS\w+", s))
m = re.search(r"(?P<word>r\w+)", s); print(m.expand(r"<\g<word>>"), m.start("word"), m.lastgroup)
print(re.sub(r"(\d+)-(\d+)", r"\2-\1", "10-20 30-40"), re.subn("a", "A", "banana"), re.compile(r"a+", re.I).sub("_", "AaBaaC"))
