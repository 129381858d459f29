# codecs: lookup, encode/decode, incremental codecs, BOMs, error handlers.
import codecs
import io

for name in ["utf-8", "UTF8", "latin-1", "Latin_1", "ascii", "utf-16", "utf_16_le",
             "utf-32-be", "utf-8-sig", "iso-8859-1", "U8"]:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)

print(codecs.encode("h\u00e9llo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print(codecs.encode("h\u00e9", "latin-1"), codecs.decode(b"h\xe9", "latin-1"))
print(codecs.encode("ab", "utf-16"), codecs.encode("ab", "utf-16-be"), codecs.encode("ab", "utf-32-le"))
print(codecs.decode(b"\xff\xfea\x00b\x00", "utf-16"), codecs.encode("x", "utf-8-sig"))
print(codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"), codecs.decode(b"x", "utf-8-sig"))
print(codecs.encode("\u20ac", "ascii", "replace"), codecs.encode("\u20ac", "ascii", "xmlcharrefreplace"),
      codecs.encode("\u20ac", "ascii", "backslashreplace"), codecs.decode(b"a\xffb", "utf-8", "replace"),
      codecs.decode(b"a\xffb", "ascii", "ignore"))
try:
    codecs.encode("\u20ac", "ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(codecs.getencoder("utf-8")("\u00e9"), codecs.getdecoder("latin-1")(b"\xe9"))
print(codecs.utf_8_decode(b"\xe2\x82", "strict", False), codecs.utf_8_decode(b"a\xe2\x82\xac"))

dec = codecs.getincrementaldecoder("utf-8")()
data = "h\u00e9\u20ac\U0001f600!".encode("utf-8")
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
dec16 = codecs.getincrementaldecoder("utf-16")()
d = "xy\U0001f600".encode("utf-16")
print([dec16.decode(d[i:i + 1]) for i in range(len(d))])
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"a"], "utf-8")))
print(list(codecs.iterencode(["a", "\u00e9"], "latin-1")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_UTF16 == codecs.BOM_LE)
print(codecs.lookup_error("strict") is codecs.strict_errors)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
w = codecs.getwriter("utf-8")(io.BytesIO())
w.write("\u00e9t\u00e9")
print(w.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("caf\u00e9\nline2\n".encode()))
print(repr(r.read()))
try:
    codecs.encode(b"x", "utf-8")
except TypeError as e:
    print("TypeError:", e)
