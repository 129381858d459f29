b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(b","), b.lower(), b.upper(), b.title())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"x".join([b"1", b"2"]), b"abc".replace(b"b", b"BB"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".index(b"e"), b"hello".count(b"l"), b"hello".find(108))
print(b"hello".startswith((b"x", b"he")), b"hello".endswith(b"lo"), b"abc".isalnum(), b"ABC".isupper(), b"Ab Cd".istitle())
print(b"%s=%d (%.2f) %r %x %5s|%-5s|" % (b"k", 42, 1.5, b"q", 255, b"r", b"l"))
print(b"abc"[1:], b"abc"[-1], b"abc"[::-1], bytes(reversed(b"abc")), b"ab" * 3, b"a" in b"cat", 97 in b"cat")
print(b"a\x00b".split(b"\x00"), b"\t".isspace(), bytes(range(65, 70)), b"hello world".capitalize())
print(b"abc".ljust(5) + b"|", b"abc".rjust(5, b"-"), b"abc".zfill(6), b"aXbXc".split(b"X", 1), b"aXbXc".rsplit(b"X", 1))
print(b"one\ntwo\r\nthree".splitlines(), b"one\ntwo\n".splitlines(keepends=True), b"abc".partition(b"b"), b"abc".rpartition(b"z"))
print(bytes.fromhex("414243"), b"ABC".hex("-"), b"\x00\xff".hex(), bytes([1, 2, 3]) == b"\x01\x02\x03", b"a" < b"ab" < b"b")
print(b"hello"[0] == ord("h"), list(b"hi"), tuple(b"\x00\x01"), sum(b"abc"), max(b"abc"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"x" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
