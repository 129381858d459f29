# hmac, secrets and uuid: digests against known vectors, token shapes, UUID fields.
import hashlib
import hmac
import secrets
import uuid

for d in ["md5", "sha1", "sha256", hashlib.sha512]:
    h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", d)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b"k" * 100, digestmod="sha256")
h.update(b"part1")
c = h.copy()
h.update(b"part2")
print(c.hexdigest() != h.hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"),
      hmac.compare_digest(b"a", b"ab"))
for bad in [lambda: hmac.new("str", digestmod="md5"), lambda: hmac.new(b"k"),
            lambda: hmac.compare_digest("a", b"a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), len(secrets.token_hex(8)))
t = secrets.token_urlsafe(16)
print(len(t), all(ch.isalnum() or ch in "-_" for ch in t))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc",
      0 <= secrets.randbits(8) < 256)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.node, u.bytes, u.bytes_le)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u,
      uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "http://x"), uuid.NAMESPACE_OID)
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4())
v1 = uuid.uuid1()
print(v1.version, v1.variant)
print(uuid.UUID(int=5, version=4))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), hash(u) == hash(uuid.UUID(str(u))))
for bad in [lambda: uuid.UUID("zz"), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(),
            lambda: uuid.UUID(bytes=b"short")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.foo = 1
except TypeError as e:
    print("TypeError:", e)
