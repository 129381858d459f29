# struct: pack/unpack across byte orders and codes, sizes, Struct, iter_unpack, errors.
import struct

print(struct.pack("<hHiIqQ", -2, 65535, -70000, 4000000000, -2**63, 2**64 - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -70000, 4000000000, -2**63, 2**64 - 1))
print(struct.pack("!i", 1), struct.pack("=i", 1), struct.pack("@i", 1))
print(struct.pack("bB?c", -1, 255, [1], b"z"), struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"))
print(struct.pack("5p", b"ab"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("<dfe", 1.5, -0.1, 65504.0), struct.unpack("<dfe", struct.pack("<dfe", 1.5, -0.1, 0.333)))
print(struct.pack("<d", 3), struct.pack("<2x?x", True))
for fmt in ["@bhiqd", "<bhiqd", "b0i", "ci", "P?e", "10s", "3x", "", "@llnN", "<ll", " i  i "]:
    print(repr(fmt), struct.calcsize(fmt))
data = struct.pack("<ihd", 7, -3, 2.25)
print(data, struct.unpack("<ihd", data), struct.unpack_from("<h", data, 4), struct.unpack_from("<d", data, offset=6))
print(struct.unpack("@bi", struct.pack("@bi", 1, 2)), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(list(struct.iter_unpack("<hh", bytes(range(12)))))
s = struct.Struct("<2h")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), list(s.iter_unpack(b"\x00" * 8)))
print(struct.Struct(b">i").format, struct.unpack(b">i", b"\x00\x00\x01\x00"))
tests = [("h", 70000), ("<h", 70000), ("b", 300), ("B", -1), ("<B", 256), ("i", 2**31),
         ("<I", -1), ("<I", 2**32), ("q", 2**63), ("<Q", -1), ("l", 2**63), ("<l", 2**31), ("H", -1),
         ("<i", 1.5), ("c", b"ab"), ("s", 5), ("f", "x"), ("<e", 1e10), ("<f", 1e300), ("<n", 1), ("z", 1), ("3", 1)]
for f, v in tests:
    try:
        struct.pack(f, v)
        print(f, "packed")
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f, v in [("i", b"abc"), ("<hh", b"\x01\x00")]:
    try:
        struct.unpack(f, v)
    except struct.error as e:
        print(f, e)
for call in [lambda: struct.pack("ii", 1), lambda: struct.unpack_from("<i", b"12345", 3),
             lambda: list(struct.iter_unpack("<i", b"12345"))]:
    try:
        call()
    except struct.error as e:
        print("error", e)
print(issubclass(struct.error, Exception), struct.error.__name__)
