s = "Hello, World! ǅ ß ﬁ"
for m in ["upper", "lower", "capitalize", "title", "swapcase", "casefold"]:
    print(m, repr(getattr(s, m)()))
print("hello world".title(), "they're bill's".title(), "ABC".capitalize(), "aBC dEF".capitalize())
for t in ["abc", "ABC", "Abc Def", "abc1", "123", "", " ", "a b", "\t\n", "Ab1", "½", "٣", "x²", "éÉ"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isupper(),
          t.islower(), t.istitle(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("_x1".isidentifier(), "1x".isidentifier(), "class".isidentifier(), "\x00".isprintable())
