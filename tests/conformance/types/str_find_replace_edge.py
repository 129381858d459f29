s = "abcabcabc"
print(s.replace("abc", "x"), s.replace("abc", "x", 2), s.replace("abc", "x", 0), s.replace("abc", "x", -1), s.replace("z", "y"))
print(s.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("aa", "b"))
print(s.find("c", 3, 5), s.find("c", 3, 6), s.find("abc", -3), s.rfind("abc", 0, 8), s.count("abc", 1), s.count("bc", -4))
print(s.startswith("bc", 1), s.startswith("abc", 3, 5), s.endswith("ab", 0, 4), s.endswith(("x", "bc")))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "CamelCaseString".lower(), "x".replace("x", "xx" * 3))
print("hello world".index("o", 5), "hello".rindex("l"), "%".join("abc"), "mississippi".split("ss"))
