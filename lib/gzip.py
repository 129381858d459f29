"""gzip: compress/decompress of gzip members, GzipFile and open() over zlib.

A GzipFile opened for reading decompresses the whole file (every member) when first
read; one opened for writing collects the data and writes one member (header with
FNAME and mtime as CPython writes it, raw deflate stream, CRC-32 and size) when
closed or flushed at close. Text modes ('rt', 'wt', ...) decode and encode around it.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ = 'rb'
WRITE = 'wb'
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(level):
    return {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(level, 0)


def _header(level, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    flags = FNAME if fname else 0
    head = struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, flags, int(mtime) & 0xffffffff,
                       _xfl(level), 255)
    if fname:
        head += fname + b'\x00'
    return head


def _member(data, level, mtime, fname=b''):
    return (_header(level, mtime, fname) + zlib.compress(data, level, -15) +
            struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip member of data (mtime: the header's time, now by default)."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    return _member(bytes(data), compresslevel, mtime)


def _skip_header(data, pos):
    """The offset of the deflate stream of the member at pos, or None at the end."""
    if pos >= len(data):
        return None
    magic = data[pos:pos + 2]
    if magic != b'\x1f\x8b':
        if not magic:
            return None
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was '
                       'reached')
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    p = pos + 10
    if flag & FEXTRA:
        if len(data) < p + 2:
            raise EOFError('Compressed file ended before the end-of-stream marker '
                           'was reached')
        (n,) = struct.unpack('<H', data[p:p + 2])
        p += 2 + n
    for f in (FNAME, FCOMMENT):
        if flag & f:
            end = data.find(b'\x00', p)
            if end < 0:
                raise EOFError('Compressed file ended before the end-of-stream '
                               'marker was reached')
            p = end + 1
    if flag & FHCRC:
        p += 2
    if p > len(data):
        raise EOFError('Compressed file ended before the end-of-stream marker was '
                       'reached')
    return p


def decompress(data):
    """The concatenated contents of every gzip member in data."""
    data = bytes(data)
    out = []
    pos = 0
    while True:
        start = _skip_header(data, pos)
        if start is None:
            return b''.join(out)
        do = zlib.decompressobj(wbits=-15)
        chunk = do.decompress(data[start:])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker '
                           'was reached')
        crc, size = struct.unpack('<II', do.unused_data[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile('CRC check failed')
        if size != (len(chunk) & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        out.append(chunk)
        rest = do.unused_data[8:].lstrip(b'\x00')
        data = rest
        pos = 0


class GzipFile(io.BytesIO):
    """A gzip file read or written as a whole (see the module docstring)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            raw = fileobj.read()
            io.BytesIO.__init__(self, decompress(raw))
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change '
                              'in future Python releases.  Specify the mode argument '
                              'for opening it for writing.', FutureWarning, 2)
            self.mode = WRITE
            io.BytesIO.__init__(self)
            self._level = compresslevel
            self._mtime = mtime
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        self.name = filename
        self.compresslevel = compresslevel

    @property
    def mtime(self):
        return self._mtime if self.mode == WRITE else None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        io.BytesIO.write(self, data)
        return length

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object')
        return io.BytesIO.read(self, size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        pos = self.tell()
        data = self.read(max(n, 1))
        self.seek(pos)
        return data

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()

    def close(self):
        if self.closed:
            return
        fileobj = self.fileobj
        if fileobj is not None and self.mode == WRITE:
            name = self.name
            if isinstance(name, bytes):
                name = name.decode('latin-1')
            fname = os.path.basename(name).encode('latin-1') if name else b''
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            fileobj.write(_member(self.getvalue(), self._level, self._mtime, fname))
        self.fileobj = None
        io.BytesIO.close(self)
        if self.myfileobj is not None:
            self.myfileobj.close()
            self.myfileobj = None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _TextGzip:
    # open(..., 'rt'/'wt'): str over a GzipFile.
    def __init__(self, gz, encoding, errors, newline):
        self._gz = gz
        self._enc = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        if gz.mode == READ:
            text = gz.read().decode(self._enc, self._errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._buf = io.StringIO(text, newline='')
        else:
            self._buf = None

    def write(self, s):
        if self._newline not in (None, '', '\n'):
            s2 = s.replace('\n', self._newline)
        else:
            s2 = s
        self._gz.write(s2.encode(self._enc, self._errors))
        return len(s)

    def read(self, size=-1):
        return self._buf.read(size)

    def readline(self, size=-1):
        return self._buf.readline(size)

    def readlines(self, hint=-1):
        return self._buf.readlines(hint)

    def __iter__(self):
        return iter(self._buf)

    def close(self):
        self._gz.close()

    @property
    def closed(self):
        return self._gz.closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """Open a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', ...) mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextGzip(binary_file, encoding, errors, newline)
    return binary_file
