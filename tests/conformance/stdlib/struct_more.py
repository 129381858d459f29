import struct
header = struct.pack("<4sIHH", b"COIL", 123456, 7, 65535)
print(header, len(header))
magic, size, ver, flags = struct.unpack("<4sIHH", header)
print(magic, size, ver, flags)
print(struct.pack(">hf", -2, 1.5), struct.unpack(">hf", struct.pack(">hf", -2, 1.5)))
print(struct.pack("=bxh", 1, 2), struct.calcsize("bxh"), struct.calcsize("=bxh"), struct.calcsize("@bi"))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.pack("<?x?", True, False))
print(struct.pack("!I", 1), struct.pack("<10p", b"pascal"), struct.unpack("<3B", b"\x01\x02\x03"))
vals = [struct.unpack("<d", struct.pack("<d", v))[0] for v in [0.1, -0.0, float("inf"), 1e300]]
print(vals)
print(struct.pack("<q", -1).hex(), struct.pack(">Q", 2**63).hex(), struct.unpack("<i", struct.pack("<I", 2**31))[0])
