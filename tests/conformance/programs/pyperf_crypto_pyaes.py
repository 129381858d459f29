"""crypto_pyaes-like benchmark: a small block cipher in pure Python with bytes/bytearray/struct."""
import struct
import time
import sys

# S-box computed, not copied: multiplicative inverse in GF(2^8) + affine transform
def _gf_mul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11B
        b >>= 1
    return p


def _make_sbox():
    inv = [0] * 256
    for i in range(1, 256):
        for j in range(1, 256):
            if _gf_mul(i, j) == 1:
                inv[i] = j
                break
    sbox = []
    for i in range(256):
        x = inv[i]
        s = x
        for k in range(1, 5):
            s ^= ((x << k) | (x >> (8 - k))) & 0xFF
        sbox.append(s ^ 0x63)
    return sbox


SBOX = _make_sbox()
INV_SBOX = [0] * 256
for _i, _v in enumerate(SBOX):
    INV_SBOX[_v] = _i
RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36]


class AES:
    rounds = 10

    def __init__(self, key):
        if len(key) != 16:
            raise ValueError('Invalid key size')
        self.round_keys = self._expand(key)

    def _expand(self, key):
        words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
        for i in range(4, 44):
            t = list(words[i - 1])
            if i % 4 == 0:
                t = t[1:] + t[:1]
                t = [SBOX[b] for b in t]
                t[0] ^= RCON[i // 4 - 1]
            words.append([a ^ b for a, b in zip(words[i - 4], t)])
        return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]

    @staticmethod
    def _xtime(a):
        return ((a << 1) ^ 0x1B) & 0xFF if a & 0x80 else a << 1

    def _mix(self, s):
        out = bytearray(16)
        for c in range(4):
            a = s[c * 4:c * 4 + 4]
            t = a[0] ^ a[1] ^ a[2] ^ a[3]
            for r in range(4):
                out[c * 4 + r] = a[r] ^ t ^ self._xtime(a[r] ^ a[(r + 1) % 4])
        return out

    def encrypt_block(self, block):
        s = bytearray(a ^ b for a, b in zip(block, self.round_keys[0]))
        for rnd in range(1, self.rounds + 1):
            s = bytearray(SBOX[b] for b in s)
            s = bytearray(s[((c + r) % 4) * 4 + r] for c in range(4) for r in range(4))
            if rnd != self.rounds:
                s = self._mix(s)
            rk = self.round_keys[rnd]
            for i in range(16):
                s[i] ^= rk[i]
        return bytes(s)


class CounterMode:
    def __init__(self, aes, nonce):
        self.aes = aes
        self.nonce = nonce
        self.counter = 0
        self.buffer = b''

    def _next_keystream(self):
        block = struct.pack('>QQ', self.nonce, self.counter)
        self.counter += 1
        return self.aes.encrypt_block(block)

    def process(self, data):
        out = bytearray()
        for b in data:
            if not self.buffer:
                self.buffer = self._next_keystream()
            out.append(b ^ self.buffer[0])
            self.buffer = self.buffer[1:]
        return bytes(out)


CLEARTEXT = b"This is a test. What could possibly go wrong? " * 10
KEY = b'\xa1\xf6%\x8c\x87}_\xcd\x89dHE8\xbf\xc9,'


def bench_pyaes(loops):
    t0 = time.perf_counter()
    for _ in range(loops):
        aes = CounterMode(AES(KEY), 0x0102030405060708)
        ciphertext = aes.process(CLEARTEXT)
        aes = CounterMode(AES(KEY), 0x0102030405060708)
        plaintext = aes.process(ciphertext)
        if plaintext != CLEARTEXT:
            raise Exception("decrypt error!")
    dt = time.perf_counter() - t0
    return ciphertext


if __name__ == "__main__":
    ct = bench_pyaes(1)
    print(ct[:32].hex())
    print(ct[-16:])
    print(len(ct), sum(ct) % 65521)
    print(AES(bytes(16)).encrypt_block(bytes(16)).hex())
    print(SBOX[:8], INV_SBOX[:8])
    ba = bytearray(b'hello')
    ba[0] ^= 0x20
    ba.extend(b' WORLD')
    ba[1:3] = b'EE'
    print(ba, ba.hex(':'), bytes(ba).upper(), ba.find(b'W'), ba[::-1])
    print(struct.pack('<IhB', 1, -2, 3), struct.unpack('>HI', b'\x00\x01\x00\x00\x00\x02'))
    print(struct.calcsize('>QQ'), struct.unpack_from('<H', b'\x00\x01\x02', 1), struct.Struct('3s').pack(b'ab'))
    print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'), bytes.fromhex('de ad be ef'))
    print(memoryview(b'abc')[1], bytes(memoryview(bytearray(b'xyz'))[1:]))
    try:
        AES(b'short')
    except ValueError as e:
        print(e)
