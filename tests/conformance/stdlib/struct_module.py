import struct
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("<hhb", 1, -2, 3), struct.pack("<d", 1.5), struct.pack("<f", 0.1))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.unpack("<d", struct.pack("<d", 3.25)))
print(struct.calcsize("<i"), struct.calcsize("<ihb"), struct.calcsize("<q"), struct.calcsize("<3s"), struct.calcsize("<?"))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"), struct.pack("<?", True), struct.pack("<c", b"x"))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack("<Q", 2**64 - 1), struct.unpack("<q", b"\xff" * 8))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct("<IH")
print(s.size, s.pack(7, 8), s.unpack(b"\x07\x00\x00\x00\x08\x00"), s.format)
print(struct.pack("<2i", 5, 6), struct.unpack_from("<h", b"\x00\x01\x02", 1))
for bad in [lambda: struct.pack("<b", 200), lambda: struct.pack("<i", "x"), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("<z", 1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
