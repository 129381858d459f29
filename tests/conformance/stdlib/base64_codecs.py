# base64 and binascii: every codec both ways, their options and their errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)),
           b"\0\0\0\0", b"\0\0\0\0\0", b"    ", b"hello world    ", b"\xff" * 7]

for s in samples:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s)[:40])
    print(base64.a85encode(s), base64.b85encode(s))
    print(base64.a85encode(s, pad=True), base64.b85encode(s, pad=True))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s

print(base64.a85encode(b"abcd    efgh", foldspaces=True))
print(base64.a85decode(base64.a85encode(b"abcd    efgh", foldspaces=True), foldspaces=True))
print(base64.a85decode(b"y", foldspaces=True), base64.a85decode(b"z z"))
print(base64.a85encode(bytes(range(40)), wrapcol=10, adobe=True))
print(base64.a85encode(b"abcdefgh", wrapcol=3))
print(base64.a85decode(b"<~@:E_WAS,RgBkhF\"D/O92EH6,BF`qtRH$VbC6UX@47n?3D92&&T:Jand;c~>", adobe=True))
print(base64.a85decode(b"@:E_W AS,Rg\nBkhF"))
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9vYg=="), base64.b64decode(b"Zm9vYg"  b"==="))
print(base64.standard_b64decode("Zm9vYmE="), base64.urlsafe_b64decode("-_-_"))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b"x" * 200)) == b"x" * 200)
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"))
print(base64.b32hexencode(b"foobar"), base64.b32hexdecode(b"CPNMUOJ1E8======"))
print(base64.b16decode("666f6f", casefold=True))

errors = [
    (base64.b64decode, (b"Zm9vY",)),
    (base64.b64decode, (b"Zm9vYg=",)),
    (base64.b64decode, (b"Zm9v!YmFy",), {"validate": True}),
    (base64.b64decode, (b"=Zm9v",), {"validate": True}),
    (base64.b64decode, (b"Zm9vYg==Zg",), {"validate": True}),
    (base64.b64decode, ("Zm9v\u00e9",)),
    (base64.b32decode, (b"MZXW6YQ",)),
    (base64.b32decode, (b"MZXW6YQ1",)),
    (base64.b16decode, (b"66F",)),
    (base64.b16decode, (b"6g",)),
    (base64.a85decode, (b"abcz",)),
    (base64.a85decode, (b"s8W-\"",)),
    (base64.a85decode, (b"ab{",)),
    (base64.a85decode, (b"abc",), {"adobe": True}),
    (base64.b85decode, (b"ab\"cd",)),
    (base64.b85decode, (b"|NsC1",)),
    (base64.b64encode, ("text",)),
    (base64.a85encode, ("text",)),
    (binascii.unhexlify, (b"abc",)),
    (binascii.unhexlify, (b"zz",)),
    (binascii.a2b_base64, (b"A",)),
    (binascii.a2b_base64, (b"AB=C",), {"strict_mode": True}),
]
for e in errors:
    f, args = e[0], e[1]
    kw = e[2] if len(e) > 2 else {}
    try:
        print("no error", f(*args, **kw))
    except (ValueError, TypeError) as exc:
        print(f.__name__, type(exc).__name__, exc)

print(binascii.hexlify(b"\x01\xab"), binascii.b2a_hex(b"\x01\xab\xcd", "-"), binascii.unhexlify("01AB"))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=False), binascii.a2b_base64("YWJj"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.crc_hqx(b"hello world", 0), issubclass(binascii.Error, ValueError), binascii.Error.__module__)
big = bytes(range(256)) * 400
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode)]:
    e = enc(big)
    print(enc.__name__, len(e), dec(e) == big, binascii.crc32(e))
