"""base64: every codec on random data, malformed input in both base64 modes,
argument errors."""
import random


def run(t):
    rng = random.Random(17)
    for i in range(300):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
        t.same('encode %r' % data, lambda m: (m.b64encode(data), m.urlsafe_b64encode(data), m.b32encode(data),
                                              m.b32hexencode(data), m.b16encode(data), m.encodebytes(data * 3),
                                              m.b64encode(data, altchars=b'*!'), m.standard_b64encode(data)))
        enc = __import__('base64').b64encode(data)
        t.same('roundtrip %r' % data, lambda m: (m.b64decode(enc), m.b64decode(enc.decode()), m.decodebytes(enc),
                                                 m.b32decode(m.b32encode(data)), m.b16decode(m.b16encode(data)),
                                                 m.b32hexdecode(m.b32hexencode(data).lower(), casefold=True)))
    alphabet = 'ab+/=*-_ \nZ09'
    for i in range(1500):
        s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        t.same('b64decode %r' % s, lambda m: m.b64decode(s))
        t.same('b64decode strict %r' % s, lambda m: m.b64decode(s, validate=True))
        t.same('urlsafe %r' % s, lambda m: m.urlsafe_b64decode(s))
    b32alpha = 'ABMZ27=01ab'
    for i in range(600):
        s = ''.join(rng.choice(b32alpha) for _ in range(rng.choice([0, 7, 8, 16, 15])))
        t.same('b32decode %r' % s, lambda m: m.b32decode(s))
        t.same('b32decode fold %r' % s, lambda m: m.b32decode(s, casefold=True, map01=b'L'))
        t.same('b16decode %r' % s, lambda m: m.b16decode(s, casefold=True))
    for expr in ['m.b64encode("x")', 'm.b64decode("é")', 'm.b64decode(3)', 'm.b16decode("ab")',
                 'm.b16decode("abc", True)', 'm.b64encode(bytearray(b"xy"))', 'm.encodebytes("x")',
                 'm.b32decode("MZXW6===")', 'm.b32decode("MZXW6==")', 'm.b64decode(b"YWI=", altchars=b"-_")',
                 'm.b64decode("=abc", validate=True)', 'm.b64decode("ab==cd", validate=True)',
                 'm.b64decode("ab=c", validate=True)', 'm.b64decode("abc=", validate=True)']:
        t.same(expr, lambda m: eval(expr))
