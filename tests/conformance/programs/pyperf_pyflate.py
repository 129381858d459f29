"""pyflate-style bit reader + huffman decoder over a zlib stream we produce ourselves."""
import zlib
import time
import hashlib


class BitfieldBase:
    def __init__(self, x):
        if isinstance(x, BitfieldBase):
            self.f = x.f
            self.bits = x.bits
            self.bitfield = x.bitfield
            self.count = x.bitfield
        else:
            self.f = x
            self.bits = 0
            self.bitfield = 0x0
            self.count = 0

    def _read(self, n):
        s = self.f[self.count:self.count + n]
        if len(s) != n:
            raise ValueError("Length Error")
        self.count += n
        return s

    def needbits(self, n):
        while self.bits < n:
            self._more()

    def _mask(self, n):
        return (1 << n) - 1

    def toskip(self):
        return self.bits & 0x7

    def align(self):
        self.readbits(self.toskip())

    def dropbits(self, n=8):
        while n >= self.bits and n > 7:
            n -= self.bits
            self.bits = 0
            n -= len(self.f._read(n >> 3)) << 3
        if n:
            self.readbits(n)


class Bitfield(BitfieldBase):
    def _more(self):
        c = self._read(1)
        self.bitfield += c[0] << self.bits
        self.bits += 8

    def snoopbits(self, n=8):
        if n > self.bits:
            self.needbits(n)
        return self.bitfield & self._mask(n)

    def readbits(self, n=8):
        if n > self.bits:
            self.needbits(n)
        r = self.bitfield & self._mask(n)
        self.bits -= n
        self.bitfield >>= n
        return r


class HuffmanTable:
    def __init__(self, lengths):
        self.codes = {}
        maxlen = max(lengths) if lengths else 0
        bl_count = [0] * (maxlen + 1)
        for l in lengths:
            if l:
                bl_count[l] += 1
        code = 0
        next_code = [0] * (maxlen + 2)
        for bits in range(1, maxlen + 1):
            code = (code + bl_count[bits - 1]) << 1
            next_code[bits] = code
        for sym, l in enumerate(lengths):
            if l:
                self.codes[(l, next_code[l])] = sym
                next_code[l] += 1
        self.maxlen = maxlen

    def decode(self, field):
        code = 0
        for l in range(1, self.maxlen + 1):
            code = (code << 1) | field.readbits(1)
            sym = self.codes.get((l, code))
            if sym is not None:
                return sym
        raise ValueError("bad huffman code")


LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


def inflate(data):
    field = Bitfield(data)
    out = bytearray()
    while True:
        final = field.readbits(1)
        btype = field.readbits(2)
        if btype == 0:
            field.align()
            ln = field.readbits(16)
            field.readbits(16)
            for _ in range(ln):
                out.append(field.readbits(8))
        else:
            if btype == 1:
                lit = HuffmanTable([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)
                dist = HuffmanTable([5] * 30)
            else:
                hlit = field.readbits(5) + 257
                hdist = field.readbits(5) + 1
                hclen = field.readbits(4) + 4
                cl = [0] * 19
                for i in range(hclen):
                    cl[CL_ORDER[i]] = field.readbits(3)
                clt = HuffmanTable(cl)
                lengths = []
                while len(lengths) < hlit + hdist:
                    sym = clt.decode(field)
                    if sym < 16:
                        lengths.append(sym)
                    elif sym == 16:
                        lengths.extend([lengths[-1]] * (3 + field.readbits(2)))
                    elif sym == 17:
                        lengths.extend([0] * (3 + field.readbits(3)))
                    else:
                        lengths.extend([0] * (11 + field.readbits(7)))
                lit = HuffmanTable(lengths[:hlit])
                dist = HuffmanTable(lengths[hlit:])
            while True:
                sym = lit.decode(field)
                if sym < 256:
                    out.append(sym)
                elif sym == 256:
                    break
                else:
                    sym -= 257
                    length = LEN_BASE[sym] + field.readbits(LEN_EXTRA[sym])
                    dsym = dist.decode(field)
                    d = DIST_BASE[dsym] + field.readbits(DIST_EXTRA[dsym])
                    for _ in range(length):
                        out.append(out[-d])
        if final:
            break
    return bytes(out)


def make_input():
    words = [b'alpha', b'beta', b'gamma', b'delta', b'epsilon', b'\x00\xff\x10']
    seed = 1
    parts = []
    for i in range(600):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        parts.append(words[seed % len(words)])
        parts.append(b' ' if seed & 16 else b'\n')
    return b''.join(parts)


if __name__ == "__main__":
    t0 = time.perf_counter()
    raw = make_input()
    for level in (0, 1, 9):
        comp = zlib.compress(raw, level)
        body = comp[2:-4]
        out = inflate(body)
        print(level, len(raw), out == raw, hashlib.md5(out).hexdigest(), zlib.adler32(out) == int.from_bytes(comp[-4:], 'big'))
    small = zlib.compress(b'hello hello hello hello', 9)
    print(inflate(small[2:-4]), zlib.crc32(b'hello'), hex(zlib.adler32(b'abc')))
    f = Bitfield(b'\xa5\x0f')
    print([f.readbits(1) for _ in range(4)], f.readbits(4), f.snoopbits(4), f.readbits(8))
    print(hashlib.sha1(raw).hexdigest(), hashlib.sha256(b'').hexdigest()[:16])
    try:
        Bitfield(b'').readbits(1)
    except ValueError as e:
        print(e)
    assert time.perf_counter() >= t0
