tests = ["", "a", ",", "a,", ",a", "a,,b", ",,", "a,b,c"]
for t in tests:
    print(repr(t), t.split(","), t.rsplit(",", 1), t.partition(","), t.rpartition(","))
ws = ["", " ", "  a  ", "a b", "\ta\nb\r\n c  ", "a\x0bb\x0cc\x1cd"]
for w in ws:
    print(repr(w), w.split(), w.split(None, 1), w.rsplit(None, 1), w.strip())
print("a\r\nb\rc\n\nd".splitlines(), "a\u2028b\x85c".splitlines(), "trailing\n".splitlines(), "\n".splitlines())
