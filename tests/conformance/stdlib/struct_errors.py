import struct
cases = [
    lambda: struct.pack("<h", 40000),
    lambda: struct.pack("<H", -1),
    lambda: struct.pack("<i"),
    lambda: struct.pack("<i", 1, 2),
    lambda: struct.unpack("<h", b"abc"),
    lambda: struct.pack("<c", b"ab"),
    lambda: struct.pack("<s", 5),
    lambda: struct.calcsize("<Y"),
    lambda: struct.pack("<?", []),
    lambda: struct.pack("<d", "x"),
]
for c in cases:
    try:
        print("ok", c())
    except struct.error as e:
        print("struct.error:", e)
    except TypeError as e:
        print("TypeError:", e)
