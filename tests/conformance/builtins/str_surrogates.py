import sys
s = chr(0xD800)
print(len(s), ord(s), repr(s), ascii(s), s.isprintable())
t = "a\udc80b"
print(len(t), [hex(ord(c)) for c in t], repr(t), t[1] == "\udc80", t.index("\udc80"))
print(repr("\ud83d\ude00"), len("\ud83d\ude00"), "\U0001F600" == "\ud83d\ude00")
for errors in ("strict", "surrogatepass", "surrogateescape", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    try:
        print(errors, t.encode("utf-8", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e, e.start, e.end, e.reason, repr(e.object))
try:
    "xy\ud800\udfff".encode()
except UnicodeEncodeError as e:
    print(e)
print(b"abc\xff\xfe".decode("utf-8", "surrogateescape") == "abc\udcff\udcfe")
r = b"abc\xff".decode("utf-8", "surrogateescape")
print(repr(r), r.encode("utf-8", "surrogateescape"))
print(b"\xed\xa0\x80".decode("utf-8", "replace") == "\ufffd" * 3)
try:
    "\udcff".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("\udcff".encode("ascii", "backslashreplace"), "\ud800".encode("latin-1", "replace"))
print(sorted(["b", "\ud800", "a"])[:2], "x\ud800" + "y" == "x\ud800y", "\ud800".upper() == "\ud800")
print(s.encode("utf-8", "surrogatepass"), sys.stdout.encoding)
import json, os
print(json.dumps("\ud800"), json.loads('"\\ud83d\\ude00"') == "\U0001F600", repr(json.loads('"\\udc00"')))
print("%c" % 0xdc80 == "\udc80", "{!r}".format("\udfff"), "x\ud800y".split("\ud800"), "x\ud800y"[::-1] == "y\ud800x")
print(os.fsdecode(b"caf\xe9") == "caf\udce9", os.fsencode("caf\udce9"), os.fsencode(os.fsdecode(b"\xff\xfe")))
print("ok", end="")
print(" then", "bad", "\ud800", "never")
