for s in ["abc", "é", "€", "😀", "naïve café", ""]:
    for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "latin-1", "ascii"]:
        try:
            b = s.encode(enc)
            print(repr(s), enc, b, b.decode(enc) == s)
        except UnicodeEncodeError as e:
            print(repr(s), enc, "UnicodeEncodeError:", e.reason, e.start, e.end)
print(b"\xe2\x82\xac".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff\xfe".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(b"abc".decode("ascii"), bytes("abc", "ascii"), "abc".encode("UTF8"), "x".encode(encoding="utf_8"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("é".encode("utf-8", errors="strict"), "ÿ".encode("latin-1"), "\u0100".encode("latin-1", "replace"))
print("日本".encode("utf-8").hex(), len("日本".encode()), bytes.fromhex("e697a5e69cac").decode())
