import hashlib
for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 10]:
    print(hashlib.md5(data).hexdigest())
    print(hashlib.sha1(data).hexdigest())
    print(hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b"abc")
h.update(b"def")
print(h.hexdigest() == hashlib.sha256(b"abcdef").hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.md5(b"x").digest(), len(hashlib.sha1().digest()))
c = hashlib.sha1(b"a")
c2 = c.copy()
c2.update(b"b")
print(c.hexdigest(), c2.hexdigest())
print(hashlib.new("sha256", b"x").hexdigest()[:16], hashlib.sha256("é".encode()).hexdigest()[:16])
try:
    hashlib.sha256("text")
except TypeError as e:
    print(type(e).__name__, e)
