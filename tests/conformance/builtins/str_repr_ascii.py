objs = ["plain", "quote'", 'dq"', "both'\"", "nl\n", "tab\t", "bs\\", "uni é ü", "emoji 😀", "ctrl \x01\x1f", "del \x7f", "nbsp \xa0", "zwsp \u200b", "", " "]
for o in objs:
    print(repr(o), ascii(o), str(o) == o, len(repr(o)))
print(repr(b"\x00abc\xff"), ascii(b"x"), repr(bytearray(b"\n")))
print(ascii({"ключ": "é"}), repr(["é"]), str(["é"]))
