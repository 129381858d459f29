# gzip: compress (mtime 0 and given), decompress (members, errors), files in binary
# and text modes, GzipFile over a BytesIO.
import gzip, zlib, io, os, tempfile
data = b'The quick brown fox jumps over the lazy dog. ' * 50
c = gzip.compress(data, mtime=0)
print(len(c), c[:10], zlib.crc32(c))
c2 = gzip.compress(data, 6, mtime=12345)
print(len(c2), c2[:10], zlib.crc32(c2))
c3 = gzip.compress(data, 1, mtime=1)
print(c3[:10])
print(gzip.decompress(c) == data, gzip.decompress(c2 + c3) == data * 2)
for bad in (b'xx', c[:-4], c[:5]):
    try: gzip.decompress(bad)
    except (EOFError, gzip.BadGzipFile) as e: print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt.gz')
with gzip.open(p, 'wb') as f:
    f.write(b'line one\n'); f.write(b'line two\n')
raw = open(p, 'rb').read()
print(raw[3], raw[10:16], len(raw))
with gzip.open(p) as f:
    print(f.read())
with gzip.open(p, 'rt') as f:
    print([l for l in f])
with gzip.open(p, 'wt', encoding='utf-8') as f:
    f.write('héllo\nworld\n')
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    g.write(data)
print(len(buf.getvalue()), zlib.crc32(buf.getvalue()), gzip.decompress(buf.getvalue()) == data)
os.remove(p); os.rmdir(d)
