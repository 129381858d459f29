//! The standard streams as bytes: every read of standard input (sys.stdin's text reads,
//! `input()`, `sys.stdin.buffer`) goes through [`read_stdin`], which serves a captured
//! run's fed input (`Vm::stdin_feed`) or the process's stdin; and the `buffer` objects of
//! sys.stdin/stdout/stderr (module `_coil_stdio`, made on first use), whose writes go to
//! the VM's output sinks unchanged.

use super::exec_source;
use crate::builtins::io::FileKind;
use crate::objects::bytes::bytes_like;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};
use std::io::{BufRead, Read};

/// How much of standard input one read takes.
#[derive(Clone, Copy)]
pub enum ReadSize {
    /// Everything up to end of file.
    All,
    /// Up to and including the next newline (at most n bytes when given).
    Line(Option<usize>),
    /// At most n bytes.
    Upto(usize),
}

/// Standard input fed to a captured run instead of the process's stdin.
pub struct StdinFeed {
    pub data: Vec<u8>,
    pub pos: usize,
}

/// Read from standard input: the feed when the run has one, else the process's stdin.
pub fn read_stdin(vm: &mut Vm, size: ReadSize) -> Vec<u8> {
    if let Some(feed) = vm.stdin_feed.as_mut() {
        let rest = &feed.data[feed.pos.min(feed.data.len())..];
        let n = match size {
            ReadSize::All => rest.len(),
            ReadSize::Upto(n) => n.min(rest.len()),
            ReadSize::Line(limit) => {
                let end = rest
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(rest.len(), |i| i + 1);
                limit.map_or(end, |l| end.min(l))
            }
        };
        let out = rest[..n].to_vec();
        feed.pos += n;
        return out;
    }
    vm.stdout.flush();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut out = Vec::new();
    match size {
        ReadSize::All => {
            let _ = lock.read_to_end(&mut out);
        }
        ReadSize::Upto(n) => {
            let _ = (&mut lock).take(n as u64).read_to_end(&mut out);
        }
        ReadSize::Line(None) => {
            let _ = lock.read_until(b'\n', &mut out);
        }
        ReadSize::Line(Some(n)) => {
            let _ = (&mut lock).take(n as u64).read_until(b'\n', &mut out);
        }
    }
    out
}

const STDIO_SOURCE: &str = r#"
class _StdBuffer:
    # sys.stdin.buffer / sys.stdout.buffer / sys.stderr.buffer: bytes in, bytes out.
    def __init__(self, fd, name, mode):
        self._fd = fd
        self.name = name
        self.mode = mode
        self.closed = False
        self.raw = self

    def fileno(self):
        return self._fd

    def isatty(self):
        return False

    def readable(self):
        return self._fd == 0

    def writable(self):
        return self._fd != 0

    def seekable(self):
        return False

    def flush(self):
        if self._fd != 0:
            _flush(self._fd)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _unsupported(self, what):
        import io
        raise io.UnsupportedOperation(what)

    def write(self, b):
        if self._fd == 0:
            self._unsupported('write')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _write(self._fd, b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        if self._fd != 0:
            self._unsupported('read')
        if size is None:
            size = -1
        return _read(size)

    read1 = read

    def readline(self, size=-1):
        if self._fd != 0:
            self._unsupported('readline')
        if size is None:
            size = -1
        return _readline(size)

    def readlines(self, hint=-1):
        lines = []
        n = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                return lines

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        kind = 'BufferedReader' if self._fd == 0 else 'BufferedWriter'
        return '<_io.%s name=%r>' % (kind, self.name)


stdin = _StdBuffer(0, '<stdin>', 'rb')
stdout = _StdBuffer(1, '<stdout>', 'wb')
stderr = _StdBuffer(2, '<stderr>', 'wb')
_StdBuffer.__module__ = '_io'
"#;

/// The `buffer` attribute of the file object of kind `kind` (None for other files).
pub fn buffer(vm: &mut Vm, kind: &FileKind) -> Option<Value> {
    let name = match kind {
        FileKind::Stdin => "stdin",
        FileKind::Stdout => "stdout",
        FileKind::Stderr => "stderr",
        _ => return None,
    };
    let m = match super::existing_module(vm, "_coil_stdio") {
        Some(m) => m,
        None => {
            let (m, d) = super::new_module(vm, "_coil_stdio");
            vm.def_fn(d, "_write", write);
            vm.def_fn(d, "_flush", flush);
            vm.def_fn(d, "_read", read);
            vm.def_fn(d, "_readline", readline);
            if exec_source(vm, d, STDIO_SOURCE, "<_coil_stdio>").is_err() {
                return None;
            }
            m
        }
    };
    let k = vm.intern(name);
    vm.getattr(m, k).ok()
}

/// `_write(fd, data)`: bytes-like data to standard output (1) or error (2), unchanged.
fn write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let (Some(&fd), Some(&b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("_write(fd, data)"));
    };
    let data = match bytes_like(b) {
        Some(d) => d.to_vec(),
        None => {
            // memoryview, array, ...: whatever bytes() accepts.
            let bytes = vm.types.bytes;
            let v = vm.call(bytes, &[b])?;
            bytes_like(v).map(|d| d.to_vec()).unwrap_or_default()
        }
    };
    if fd.as_small() == Some(2) {
        vm.stdout.flush();
        vm.stderr.write_bytes(&data);
    } else {
        vm.stdout.write_bytes(&data);
    }
    Ok(Value::small(data.len() as i64))
}

fn flush(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    vm.stdout.flush();
    Ok(Value::none())
}

/// The size argument of read()/readline(): negative means no limit.
fn size_of(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    match args.first() {
        None => Ok(None),
        Some(&v) => {
            let n = vm.to_i64_index(v, "")?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let size = match size_of(vm, args)? {
        None => ReadSize::All,
        Some(n) => ReadSize::Upto(n),
    };
    let data = read_stdin(vm, size);
    Ok(vm.new_bytes(&data))
}

fn readline(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let limit = size_of(vm, args)?;
    let data = read_stdin(vm, ReadSize::Line(limit));
    Ok(vm.new_bytes(&data))
}
