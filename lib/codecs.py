"""Codec registry and base classes (the common subset of CPython 3.11's `codecs`):
lookup/encode/decode, CodecInfo, the incremental encoders and decoders, stream
readers and writers, BOM constants, open/iterencode/iterdecode, error handler
registry. The codecs themselves are the VM's (str.encode/bytes.decode: utf-8,
utf-8-sig, ascii, latin-1, utf-16/32 and their -le/-be forms)."""

import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes of an incomplete last character until more arrive."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._decoder = None

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        if self._decoder is None:
            self._decoder = self._incremental(self.errors)
        return self._decoder.decode(data, final=size < 0 or not data)

    def readline(self, size=None, keepends=True):
        line = []
        while True:
            ch = self.read(1)
            if not ch:
                break
            line.append(ch)
            if ch == '\n':
                break
        s = ''.join(line)
        return s if keepends else s.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._decoder = None

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---------------------------------------------------------------- the codecs

_ALIASES = {}
for _canon, _names in {
    'utf-8': ('utf-8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8-ucs2', 'utf8-ucs4'),
    'utf-8-sig': ('utf-8-sig', 'utf8-sig'),
    'ascii': ('ascii', 'us-ascii', '646', 'us', 'ansi-x3.4-1968', 'ansi-x3-4-1968',
              'ansi-x3.4-1986', 'cp367', 'csascii', 'ibm367', 'iso646-us',
              'iso-646.irv-1991', 'iso-ir-6'),
    'iso8859-1': ('latin-1', 'latin1', 'latin', 'iso-8859-1', 'iso8859-1', '8859',
                  'cp819', 'l1', 'iso-ir-100', 'iso-8859-1-1987', 'ibm819',
                  'csisolatin1', 'iso-8859-1'),
    'utf-16': ('utf-16', 'utf16', 'u16'),
    'utf-16-le': ('utf-16-le', 'utf-16le', 'utf16le', 'unicodelittleunmarked'),
    'utf-16-be': ('utf-16-be', 'utf-16be', 'utf16be', 'unicodebigunmarked'),
    'utf-32': ('utf-32', 'utf32', 'u32'),
    'utf-32-le': ('utf-32-le', 'utf-32le', 'utf32le'),
    'utf-32-be': ('utf-32-be', 'utf-32be', 'utf32be'),
}.items():
    for _n in _names:
        _ALIASES[_n] = _canon
del _canon, _names, _n

# How many bytes a code unit has (the incremental decoders keep partial units).
_UNIT = {'utf-16': 2, 'utf-16-le': 2, 'utf-16-be': 2,
         'utf-32': 4, 'utf-32-le': 4, 'utf-32-be': 4}


def _normalize(encoding):
    return ''.join('-' if c in ' _' else c
                   for c in encoding.strip().lower())


def _utf8_complete(data):
    """How many leading bytes of `data` end on a character boundary (at most the
    last 3 bytes are an unfinished sequence)."""
    n = len(data)
    i = n - 1
    back = 0
    while i >= 0 and back < 3 and 0x80 <= data[i] < 0xC0:
        i -= 1
        back += 1
    if i < 0:
        return n
    lead = data[i]
    if lead >= 0xF0:
        need = 4
    elif lead >= 0xE0:
        need = 3
    elif lead >= 0xC0:
        need = 2
    else:
        return n
    return i if n - i < need else n


def _make_codec(canon):
    if canon == 'utf-8-sig':
        def encode(input, errors='strict'):
            return (BOM_UTF8 + input.encode('utf-8', errors), len(input))

        def decode(input, errors='strict'):
            input = bytes(input)
            prefix = 0
            if input[:3] == BOM_UTF8:
                input = input[3:]
                prefix = 3
            return (input.decode('utf-8', errors), len(input) + prefix)
    else:
        def encode(input, errors='strict'):
            return (input.encode(canon, errors), len(input))

        def decode(input, errors='strict'):
            input = bytes(input)
            return (input.decode(canon, errors), len(input))

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._first = True

        def encode(self, input, final=False):
            if canon in ('utf-16', 'utf-32', 'utf-8-sig') and not self._first:
                base = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le',
                        'utf-8-sig': 'utf-8'}[canon]
                return input.encode(base, self.errors)
            self._first = False
            return encode(input, self.errors)[0]

        def reset(self):
            self._first = True

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._first = True

        def _buffer_decode(self, data, errors, final):
            if final:
                cut = len(data)
            elif canon in ('utf-8', 'utf-8-sig'):
                cut = _utf8_complete(data)
            elif canon in _UNIT:
                unit = _UNIT[canon]
                cut = len(data) - len(data) % unit
                if unit == 2 and cut >= 2:
                    last = data[cut - 2:cut]
                    hi = last[1] if canon != 'utf-16-be' else last[0]
                    if 0xD8 <= hi <= 0xDB:
                        cut -= 2
            else:
                cut = len(data)
            if self._first and canon in ('utf-16', 'utf-32', 'utf-8-sig'):
                bom_len = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[canon]
                if cut < bom_len and not final:
                    return ('', 0)
                self._first = False
                return (decode(data[:cut], errors)[0], cut)
            if canon in ('utf-16', 'utf-32'):
                base = canon + '-le'
                return (bytes(data[:cut]).decode(base, errors), cut)
            if canon == 'utf-8-sig':
                return (bytes(data[:cut]).decode('utf-8', errors), cut)
            return (decode(data[:cut], errors)[0], cut)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._first = True

    class _Writer(StreamWriter):
        pass

    _Writer.encode = staticmethod(encode)

    class _Reader(StreamReader):
        _incremental = _Decoder

    _Reader.decode = staticmethod(decode)

    return CodecInfo(name=canon, encode=encode, decode=decode,
                     incrementalencoder=_Encoder, incrementaldecoder=_Decoder,
                     streamreader=_Reader, streamwriter=_Writer)


_cache = {}
_search_functions = []


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    norm = _normalize(encoding)
    if norm in _cache:
        return _cache[norm]
    for fn in _search_functions:
        info = fn(norm.replace('-', '_'))
        if info is not None:
            if not isinstance(info, CodecInfo):
                raise TypeError("codec search functions must return 4-tuples")
            _cache[norm] = info
            return info
    canon = _ALIASES.get(norm)
    if canon is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _cache[norm] = _make_codec(canon)
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    if not isinstance(obj, str) and info.name in _FUNC_NAMES:
        raise TypeError("encoding with '%s' codec failed (TypeError: %s_encode() "
                        "argument 1 must be str, not %s)"
                        % (info.name, _FUNC_NAMES[info.name], type(obj).__name__))
    return info.encode(obj, errors)[0]


_FUNC_NAMES = {'utf-8': 'utf_8', 'ascii': 'ascii', 'iso8859-1': 'latin_1',
               'utf-16': 'utf_16', 'utf-32': 'utf_32'}


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    return info.decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    info = lookup(encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not supported by coil")


_error_handlers = {}


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def xmlcharrefreplace_errors(exc):
    s = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in s), exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        out = []
        for c in s:
            o = ord(c)
            if o < 0x100:
                out.append('\\x%02x' % o)
            elif o < 0x10000:
                out.append('\\u%04x' % o)
            else:
                out.append('\\U%08x' % o)
        return (''.join(out), exc.end)
    b = exc.object[exc.start:exc.end]
    return (''.join('\\x%02x' % c for c in b), exc.end)


def namereplace_errors(exc):
    import unicodedata
    s = exc.object[exc.start:exc.end]
    out = []
    for c in s:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except (ValueError, ImportError):
            o = ord(c)
            out.append('\\x%02x' % o if o < 0x100 else
                       '\\u%04x' % o if o < 0x10000 else '\\U%08x' % o)
    return (''.join(out), exc.end)


for _name, _fn in (('strict', strict_errors), ('ignore', ignore_errors),
                   ('replace', replace_errors),
                   ('xmlcharrefreplace', xmlcharrefreplace_errors),
                   ('backslashreplace', backslashreplace_errors),
                   ('namereplace', namereplace_errors)):
    _error_handlers[_name] = _fn
del _name, _fn


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def utf_8_encode(input, errors='strict'):
    return (input.encode('utf-8', errors), len(input))


def utf_8_decode(input, errors='strict', final=False):
    input = bytes(input)
    cut = len(input) if final else _utf8_complete(input)
    return (input[:cut].decode('utf-8', errors), cut)


def latin_1_encode(input, errors='strict'):
    return (input.encode('latin-1', errors), len(input))


def latin_1_decode(input, errors='strict'):
    return (bytes(input).decode('latin-1', errors), len(input))


def ascii_encode(input, errors='strict'):
    return (input.encode('ascii', errors), len(input))


def ascii_decode(input, errors='strict'):
    return (bytes(input).decode('ascii', errors), len(input))
