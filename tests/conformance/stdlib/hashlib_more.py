import hashlib
words = ["", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz", "x" * 1000]
for w in words:
    print(len(w), hashlib.md5(w.encode()).hexdigest(), hashlib.sha1(w.encode()).hexdigest()[:16], hashlib.sha256(w.encode()).hexdigest()[:24])
h = hashlib.md5()
for chunk in [b"mess", b"age ", b"digest"]:
    h.update(chunk)
print(h.hexdigest(), h.digest_size, h.name)
print(hashlib.sha256(b"abc").digest()[:8], hashlib.sha1(b"").digest_size, hashlib.sha256().name)
print(sorted(a for a in ("md5", "sha1", "sha256") if a in hashlib.algorithms_guaranteed))
