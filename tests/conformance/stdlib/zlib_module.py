# zlib over the system zlib: checksums, compressed bytes at every level and container,
# stream objects (partial output, flush modes, max_length, zdict) and the errors.
import zlib
data = b'hello world ' * 100 + bytes(range(256)) * 20
print(zlib.crc32(data), zlib.crc32(b''), zlib.crc32(b'abc', 12345), zlib.adler32(data), zlib.adler32(b'x', 7))
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), c[:12].hex(), zlib.crc32(c))
    assert zlib.decompress(c) == data
for wb in (9, 15, -15, -9, 31, 25):
    c = zlib.compress(data, 6, wb)
    print(wb, len(c), zlib.crc32(c), zlib.decompress(c, wb) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY)
parts = [co.compress(data[i:i+1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b'more'))
parts.append(co.flush())
print([len(p) for p in parts])
big = bytes((i * 7919) % 251 for i in range(100000))
co = zlib.compressobj()
parts = [co.compress(big[i:i+20000]) for i in range(0, len(big), 20000)] + [co.flush()]
print([len(p) for p in parts])
whole = b''.join(parts)
do = zlib.decompressobj()
out = do.decompress(whole[:500]) 
out += do.decompress(whole[500:] + b'TRAILER')
print(len(out), out == big, do.eof, do.unused_data)
do = zlib.decompressobj()
chunks = []
buf = whole
while buf:
    chunks.append(do.decompress(buf, 30000))
    buf = do.unconsumed_tail
print([len(c) for c in chunks], b''.join(chunks) == big)
zd = b'hello world '
co = zlib.compressobj(zdict=zd); cz = co.compress(data) + co.flush()
print(len(cz), zlib.decompressobj(zdict=zd).decompress(cz) == data)
for f in [lambda: zlib.compress(b'x', 10), lambda: zlib.compressobj(wbits=99), lambda: zlib.decompress(b'garbage'),
          lambda: zlib.decompress(zlib.compress(b'hello')[:-3]), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compress(b'x', wbits=-8), lambda: zlib.compress('s'), lambda: zlib.decompress(cz)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, zlib.Z_FINISH, type(zlib.compressobj()).__name__)
print(zlib.compress(bytearray(b'abc')), zlib.compress(memoryview(b'abc')))
