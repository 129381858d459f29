s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("the"), s.startswith(("a", "t")), s.startswith("quick", 4), s.endswith("dog"), s.endswith("do", 0, -1))
print("fox" in s, "" in s, "Fox" in s)
print(s.find(""), s.find("", 100), s.rfind(""), "abc".find("c", -1), "abc".find("a", -100))
print("abcabc".replace("b", "X"), "abcabc".replace("b", "X", 1), "aaa".replace("", "-"), "abc".replace("", "|", 2))
print("a,b,,c".partition(","), "a,b,,c".rpartition(","), "abc".partition("x"), "abc".rpartition("x"))
print("ab\tcd\te".expandtabs(), "ab\tcd".expandtabs(4), "x\ty".expandtabs(0))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
