"""email.header: decode_header, make_header and a minimal Header (RFC 2047 encoded
words, 'b' and 'q' encodings)."""

import binascii
import re

__all__ = ['Header', 'decode_header', 'make_header']

_ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=',
                   re.MULTILINE)


def _q_decode(s):
    s = s.replace('_', ' ')
    return re.sub(r'=([a-fA-F0-9]{2})', lambda m: chr(int(m.group(1), 16)), s)


def _raw_unicode_escape(s):
    # The raw-unicode-escape codec: Latin-1 bytes, \uXXXX above U+00FF.
    return b''.join(bytes([ord(c)]) if ord(c) < 256 else
                    ('\\u%04x' % ord(c) if ord(c) < 0x10000 else '\\U%08x' % ord(c))
                    .encode('ascii') for c in s)


def decode_header(header):
    if hasattr(header, '_chunks'):
        return [(s, c) for s, c in header._chunks]
    if not _ecre.search(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        parts = _ecre.split(line)
        first = True
        while parts:
            unencoded = parts.pop(0)
            if first:
                unencoded = unencoded.lstrip()
                first = False
            if unencoded:
                words.append((unencoded, None, None))
            if parts:
                charset = parts.pop(0).lower()
                encoding = parts.pop(0).lower()
                encoded = parts.pop(0)
                words.append((encoded, encoding, charset))
    droplist = []
    for n, w in enumerate(words):
        if n > 1 and w[1] and words[n - 2][1] and words[n - 1][0].isspace():
            droplist.append(n - 1)
    for d in reversed(droplist):
        del words[d]
    decoded = []
    for encoded, encoding, charset in words:
        if encoding is None:
            decoded.append((encoded, charset))
        elif encoding == 'q':
            decoded.append((_q_decode(encoded), charset))
        else:
            pad = len(encoded) % 4
            if pad:
                encoded += '==='[:4 - pad]
            try:
                word = binascii.a2b_base64(encoded.encode('ascii'))
            except binascii.Error:
                raise ValueError('Base64 decoding error')
            decoded.append((word, charset))
    collapsed = []
    last_word = last_charset = None
    for word, charset in decoded:
        if isinstance(word, str):
            word = _raw_unicode_escape(word)
        if last_word is None:
            last_word, last_charset = word, charset
        elif charset != last_charset:
            collapsed.append((last_word, last_charset))
            last_word, last_charset = word, charset
        elif last_charset is None:
            last_word += b' ' + word
        else:
            last_word += word
    collapsed.append((last_word, last_charset))
    return collapsed


class Header:
    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)

    def append(self, s, charset=None, errors='strict'):
        if isinstance(s, bytes):
            s = s.decode(charset or 'us-ascii', errors)
        self._chunks.append((s, charset))

    def __str__(self):
        out = []
        last_ascii = None
        for s, charset in self._chunks:
            is_ascii = charset in (None, 'us-ascii')
            if out and (is_ascii or last_ascii) and not (out[-1].endswith(' ') or
                                                         s.startswith(' ')):
                out.append(' ')
            out.append(s)
            last_ascii = is_ascii
        return ''.join(out)

    def __eq__(self, other):
        return str(self) == other

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        return str(self)


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    h = Header()
    for s, charset in decoded_seq:
        if isinstance(s, bytes):
            s = s.decode(charset or 'us-ascii', 'replace')
        h.append(s, charset)
    return h
