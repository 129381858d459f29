# hashlib: the digests of known inputs, incremental updates, copies, attributes and errors.
import hashlib
import random

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"hello ")
    c = h.copy()
    h.update(b"world")
    print(h.hexdigest())
    print(c.hexdigest())
    print(hashlib.new(name, b"hello world").digest() == h.digest())

print(hashlib.sha256(b"abc").digest())
print(hashlib.md5(string=b"x" * 1000).hexdigest())
h = hashlib.sha1()
for i in range(200):
    h.update(str(i).encode())
print(h.hexdigest())
print(hashlib.new("SHA256", b"q").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512"}))
for bad in ["text", 5]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.sha1(data=b"")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
