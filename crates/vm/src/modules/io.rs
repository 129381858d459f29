//! `io`: StringIO and BytesIO (read, readline(s), write(lines), getvalue, seek, tell,
//! truncate, iteration, context manager, close), `open`, the SEEK_* constants,
//! UnsupportedOperation, and the binary files `open(path, 'rb'/'wb')` returns
//! (BufferedReader over the file's bytes; BufferedWriter writing through at its
//! position, seekable).
//!
//! The classes are written in Python (run once when the VM starts): an in-memory buffer
//! is a value plus a list of pending appends, joined lazily, so a loop of write() calls
//! stays linear. TextIOWrapper is the VM's own file type (builtins/io.rs).

use super::exec_source;
use crate::builtins::{io::FileKind, kwarg};
use crate::heap::{bytes_data, has_layout};
use crate::layout::LayoutId;
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, ...)`: reads the whole
/// binary buffer now (the VM's file objects hold read text in memory) and decodes it;
/// writing through a wrapper is not supported yet.
fn text_io_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let Some(&buffer) = args.get(1).or(kwarg(kw, "buffer").as_ref()) else {
        return Err(
            vm.type_error("TextIOWrapper.__init__() missing required argument 'buffer' (pos 1)")
        );
    };
    let opt = |i: usize, name: &str| args.get(i).copied().or(kwarg(kw, name));
    let encoding = match opt(2, "encoding") {
        Some(e) if is_str(e) => text(e).to_ascii_lowercase().replace('_', "-"),
        _ => "utf-8".to_string(),
    };
    let errors = match opt(3, "errors") {
        Some(e) if is_str(e) => text(e).to_string(),
        _ => "strict".to_string(),
    };
    let newline = opt(4, "newline").filter(|v| !v.is_none()).map(|v| {
        if is_str(v) {
            text(v).to_string()
        } else {
            String::new()
        }
    });
    let rk = vm.intern("read");
    let data = vm.call_method(buffer, rk, &[])?;
    if !has_layout(data, LayoutId::Bytes) {
        let tn = vm.type_name(data);
        return Err(vm.type_error(format!(
            "underlying read() should have returned a bytes object, not '{tn}'"
        )));
    }
    let raw = bytes_data(data).to_vec();
    let decoded = match encoding.as_str() {
        "utf-8" | "utf8" => match String::from_utf8(raw) {
            Ok(s) => s,
            Err(e) if errors == "strict" => {
                let pos = e.utf8_error().valid_up_to();
                let b = e.as_bytes()[pos];
                return Err(vm.raise_msg(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte {b:#04x} in position {pos}: invalid start byte"
                    ),
                ));
            }
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        },
        "latin-1" | "latin1" | "iso-8859-1" => raw.iter().map(|&b| b as char).collect(),
        "ascii" | "us-ascii" => {
            if let Some(pos) = raw.iter().position(|&b| b >= 128) {
                if errors == "strict" {
                    let b = raw[pos];
                    return Err(vm.raise_msg(
                        "UnicodeDecodeError",
                        format!("'ascii' codec can't decode byte {b:#04x} in position {pos}: ordinal not in range(128)"),
                    ));
                }
            }
            raw.iter()
                .map(|&b| if b < 128 { b as char } else { '\u{fffd}' })
                .collect()
        }
        other => return Err(vm.raise_msg("LookupError", format!("unknown encoding: {other}"))),
    };
    let text = match newline.as_deref() {
        None => decoded.replace("\r\n", "\n").replace('\r', "\n"),
        Some(_) => decoded,
    };
    Ok(vm.new_file(FileKind::Read { text, pos: 0 }, "<TextIOWrapper>", "r"))
}

const IO_SOURCE: &str = r#"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except Exception:
    class UnsupportedOperation(OSError):
        pass
UnsupportedOperation.__module__ = 'io'


class _MemoryIO:
    # Subclasses set _empty ('' or b''), _nl ('\n' or b'\n') and _kind.
    def _init(self, value):
        self._buf = value
        self._pending = []
        self._size = len(value)
        self._pos = 0
        self._closed = False

    def _flush_pending(self):
        if self._pending:
            self._buf = self._buf + self._empty.join(self._pending)
            self._pending = []

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = self._empty
        self._pending = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        self._flush_pending()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        return size

    def read(self, size=-1):
        self._check()
        size = self._size_arg(size)
        self._flush_pending()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readline(self, size=-1):
        self._check()
        size = self._size_arg(size)
        self._flush_pending()
        start = min(self._pos, self._size)
        # Search a growing window after `start`: cost stays proportional to the line.
        buf = self._buf
        nl = self._nl
        i = -1
        lo = start
        w = 128
        while lo < self._size:
            j = buf[lo:lo + w].find(nl)
            if j >= 0:
                i = lo + j
                break
            lo += w
            w *= 2
        end = self._size if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readlines(self, hint=-1):
        self._check()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def _write(self, s):
        n = len(s)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._pending.append(s)
        else:
            self._flush_pending()
            if self._pos > self._size:
                pad = self._pad * (self._pos - self._size)
                self._buf = self._buf + pad + s
            else:
                self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        self._size = max(self._size, self._pos)
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._size:
            self._flush_pending()
            self._buf = self._buf[:size]
            self._size = size
        return size


class StringIO(_MemoryIO):
    _empty = ''
    _closed_msg = 'I/O operation on closed file'
    _nl = '\n'
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._init(self._translate(initial_value))

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        self._write(self._translate(s))
        return n

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if whence == 0 and pos < 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            pos = self._size
        self._pos = pos
        return pos

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_MemoryIO):
    _empty = b''
    _closed_msg = 'I/O operation on closed file.'
    _nl = b'\n'
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._init(bytes(initial_bytes))

    def write(self, b):
        self._check()
        if not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(b)

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._size + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


class BufferedReader(BytesIO):
    # open(path, 'rb'): the file's bytes, read when opened.
    def __init__(self, data, name, mode):
        BytesIO.__init__(self, data)
        self.name = name
        self.mode = mode

    def writable(self):
        self._check()
        return False

    def read(self, size=-1):
        if self._closed:
            raise ValueError('read of closed file')
        return BytesIO.read(self, size)

    def write(self, b):
        self._check()
        raise UnsupportedOperation('write')

    def peek(self, size=0):
        self._check()
        self._flush_pending()
        return self._buf[self._pos:self._pos + max(size, 1, 4096)]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def fileno(self):
        self._check()
        return 3

    def __repr__(self):
        return '<_io.BufferedReader name=%r>' % (self.name,)


class BufferedWriter:
    # open(path, 'wb'/'ab'/'xb'): every write goes through to the file, at the
    # position (appending ones at the end).
    def __init__(self, name, mode):
        self.name = name
        self.mode = mode
        self._closed = False
        self._pos = _file_size(name) if 'a' in mode else 0

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return False

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        self._check()
        return 3

    def seek(self, pos, whence=0):
        self._check()
        pos = pos.__index__()
        if whence == 0:
            new = pos
        elif whence == 1:
            new = self._pos + pos
        elif whence == 2:
            new = _file_size(self.name) + pos
        else:
            raise ValueError('whence value %r unsupported' % (whence,))
        if new < 0:
            raise OSError(22, 'Invalid argument')
        self._pos = new
        return new

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        _truncate_file(self.name, pos)
        return pos

    def read(self, size=-1):
        self._check()
        raise UnsupportedOperation('read')

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, bytes):
            try:
                b = bytes(b)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
        if 'a' in self.mode:
            _append_file(self.name, b)
            self._pos = _file_size(self.name)
        else:
            _write_at(self.name, self._pos, b)
            self._pos += len(b)
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<_io.BufferedWriter name=%r>' % (self.name,)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
open = __builtins__.open if hasattr(__builtins__, 'open') else __builtins__['open']
del _MemoryIO
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "io").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "io");
    let t = vm.types.text_io;
    vm.def_value(d, "TextIOWrapper", t);
    let td = crate::objects::types::type_data(t);
    if td.ctor.is_none() {
        td.ctor = Some(text_io_new);
    }
    vm.def_fn(d, "_append_file", append_file);
    vm.def_fn(d, "_write_at", write_at);
    vm.def_fn(d, "_file_size", file_size);
    vm.def_fn(d, "_truncate_file", truncate_file);
    let _ = exec_source(vm, d, IO_SOURCE, "<io>");
    for c in ["StringIO", "BytesIO", "BufferedReader", "BufferedWriter"] {
        super::set_class_module(vm, d, c, "_io");
    }
    super::set_class_module(vm, d, "UnsupportedOperation", "io");
}

/// `_append_file(path, data)`: append bytes to a file (a binary writer's write).
fn append_file(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    use std::io::Write;
    if args.len() != 2 || !is_str(args[0]) {
        return Err(vm.type_error("_append_file(path, data)"));
    }
    let data = super::bytes_arg(vm, args[1])?;
    let path = text(args[0]).to_string();
    let r = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(&data));
    match r {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(vm.raise_msg("OSError", format!("write to {path:?} failed: {e}"))),
    }
}

/// `_write_at(path, pos, data)`: write bytes at a position of a file (zero-filled
/// past its end), a binary writer's write after a seek.
fn write_at(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    use std::io::{Seek, SeekFrom, Write};
    if args.len() != 3 || !is_str(args[0]) {
        return Err(vm.type_error("_write_at(path, pos, data)"));
    }
    let pos = vm.to_i64_index(args[1], "")?.max(0) as u64;
    let data = super::bytes_arg(vm, args[2])?;
    let path = text(args[0]).to_string();
    let r = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|mut f| {
            f.seek(SeekFrom::Start(pos))?;
            f.write_all(&data)
        });
    match r {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(vm.raise_msg("OSError", format!("write to {path:?} failed: {e}"))),
    }
}

/// `_file_size(path)`: the size of a file in bytes (0 if it cannot be read).
fn file_size(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 1 || !is_str(args[0]) {
        return Err(vm.type_error("_file_size(path)"));
    }
    let n = std::fs::metadata(text(args[0])).map_or(0, |m| m.len());
    Ok(vm.new_int(n as i64))
}

/// `_truncate_file(path, size)`: cut or zero-extend a file to size bytes.
fn truncate_file(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 2 || !is_str(args[0]) {
        return Err(vm.type_error("_truncate_file(path, size)"));
    }
    let size = vm.to_i64_index(args[1], "")?.max(0) as u64;
    let path = text(args[0]).to_string();
    let r = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_len(size));
    match r {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(vm.raise_msg("OSError", format!("truncate of {path:?} failed: {e}"))),
    }
}
