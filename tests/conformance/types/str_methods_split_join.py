print("a b  c".split(), "a b  c".split(" "), "  lead trail  ".split(), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "".split(), "".split(","), "abc".split("abc"), "x".split("x"))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\x0by\x1cz".splitlines())
print(" a b c ".rsplit(None, 1), "1  2  3".split(None, 1))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(str(i) for i in range(4)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print(repr("\t\n x \x0c".strip()), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print("abc".center(9, "*"), "abc".center(8), "|" + "abc".ljust(6) + "|", "abc".rjust(6, "0"), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "".zfill(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
