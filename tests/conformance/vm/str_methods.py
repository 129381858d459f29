s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"))
print(s.startswith("Hell"), s.endswith("ld"), s.startswith(("x", "H")))
print(s.replace("l", "L"), s.replace("l", "L", 1))
print(s.split(", "), "a b  c".split(), "a,b,,c".split(","), "a b c".split(None, 1))
print("x".join(["1", "2", "3"]), "".join([]), ", ".join("abc"))
print("  pad  ".strip(), "  pad  ".lstrip(), "  pad  ".rstrip(), "xxhixx".strip("x"))
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("123".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("hello"[1], "hello"[-1], "hello"[1:3], "hello"[::-1], "hello"[::2], "hello"[10:])
print(len("héllo"), "héllo"[1], "héllo".upper(), "ß".upper())
print("a-b-c".rsplit("-", 1), "tab\there".expandtabs(4))
print("%s is %d years, %.2f%%" % ("Tom", 30, 99.5), "%5s|%-5s|" % ("a", "b"), "%x %o %e" % (255, 8, 12345.678))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}!".format(name="hi"), "{:>8.3f}".format(3.14159))
print(ord("A"), chr(97), chr(0x263A), str(12), str(1.5), repr("it's"), repr('a"b'))
print("abc" < "abd", "abc" == "abc", "b" > "abc", "abc" * 3, "ab" in "cabd")
print(str.maketrans("ab", "xy") == {97: "x", 98: "y"}, "aabb".translate(str.maketrans("ab", "xy")))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
