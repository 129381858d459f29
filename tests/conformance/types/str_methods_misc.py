t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t), sorted(t.items()))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print(str.maketrans({"a": "1"}), "abc".translate(str.maketrans({"a": "123"})))
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "€".encode("utf-16-le"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"))
print(len("héllo"), len("€"), len("😀"), "😀"[0] == "😀", ord("😀"), chr(128512) == "😀")
print("abc" * 3, 3 * "ab", "" * 5, "x" * 0, "x" * -1)
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abcdef"[::-1], "abc"[5:], "abcdef"[-2:])
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "é" > "z")
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(), str("s"))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\\"), repr("\x00\x7f\x80\xff"), repr("\u200b\U0001F600é"))
print(ascii("héllo😀"), ascii([1, "é"]))
print("%s" % "x", "ab".__len__(), "abc".__contains__("b"), "a".__add__("b"))
print(str(b"abc", "ascii"), str(bytearray(b"xy"), "utf-8"), str(b"\xc3\xa9", encoding="utf-8"))
