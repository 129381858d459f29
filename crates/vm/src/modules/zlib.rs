//! `zlib`: crc32, adler32, compress, decompress, compressobj, decompressobj, the
//! constants and `zlib.error`, over the system's zlib (flate2 with libz-sys: the library
//! CPython links, so compressed bytes are CPython's byte for byte).
//!
//! The stream objects are Python classes (`ZLIB_SOURCE`) without native state: a
//! Compress object records its calls as (data, flush mode) and `_deflate` replays them
//! on a fresh zlib stream (zlib's output depends only on those), returning what is new;
//! a Decompress object keeps the compressed input it consumed and `_inflate` runs it
//! again. Each call therefore costs the stream so far: linear for the usual one or two
//! calls, quadratic for long incremental streams.

use super::exec_source;
use crate::builtins::kwarg;
use crate::heap::has_layout;
use crate::layout::LayoutId;
use crate::objects::bytes::bytes_like;
use crate::objects::seq::{list_items, seq_items};
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

const MAX_WBITS: i64 = 15;

const CONSTANTS: &[(&str, i64)] = &[
    ("MAX_WBITS", MAX_WBITS),
    ("DEFLATED", 8),
    ("DEF_MEM_LEVEL", 8),
    ("DEF_BUF_SIZE", 16384),
    ("Z_NO_COMPRESSION", 0),
    ("Z_BEST_SPEED", 1),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_FILTERED", 1),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_RLE", 3),
    ("Z_FIXED", 4),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_NO_FLUSH", 0),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_SYNC_FLUSH", 2),
    ("Z_FULL_FLUSH", 3),
    ("Z_FINISH", 4),
    ("Z_BLOCK", 5),
    ("Z_TREES", 6),
];

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "zlib").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "zlib");
    for &(n, v) in CONSTANTS {
        vm.def_value(d, n, Value::small(v));
    }
    for n in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        let v = vm.new_str("1.2.13");
        vm.def_value(d, n, v);
    }
    vm.def_fn(d, "crc32", crc32);
    vm.def_fn(d, "adler32", adler32);
    vm.def_fn(d, "_deflate", deflate);
    vm.def_fn(d, "_inflate", inflate);
    let _ = exec_source(vm, d, ZLIB_SOURCE, "<zlib>");
}

/// A bytes-like argument (bytes, bytearray; memoryview and others through bytes()).
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d.to_vec());
    }
    if crate::objects::str::is_str(v) {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    let bytes = vm.types.bytes;
    let b = vm.call(bytes, &[v])?;
    Ok(bytes_like(b).map(|d| d.to_vec()).unwrap_or_default())
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.to_i64_index(v, "")
}

fn crc32(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let Some(&d) = args.first() else {
        return Err(vm.type_error("crc32() missing required argument 'data' (pos 1)"));
    };
    let data = data_arg(vm, d)?;
    let start = match args.get(1).copied().or(kwarg(kw, "value")) {
        Some(v) => int_arg(vm, v)? as u32,
        None => 0,
    };
    Ok(Value::small(crc32_continue(start, &data) as i64))
}

/// The CRC-32 (IEEE, reflected) byte table.
const CRC_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// CRC-32 continuing from a previous value (zlib's crc32(value, data)).
pub fn crc32_continue(prev: u32, data: &[u8]) -> u32 {
    let mut crc = !prev;
    for &b in data {
        crc = CRC_TABLE[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

fn adler32(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let Some(&d) = args.first() else {
        return Err(vm.type_error("adler32() missing required argument 'data' (pos 1)"));
    };
    let data = data_arg(vm, d)?;
    let start = match args.get(1).copied().or(kwarg(kw, "value")) {
        Some(v) => int_arg(vm, v)? as u32,
        None => 1,
    };
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(Value::small(((b << 16) | a) as i64))
}

fn zlib_error(vm: &mut Vm, msg: String) -> crate::vm::Raised {
    let Some(module) = super::existing_module(vm, "zlib") else {
        return vm.raise_msg("RuntimeError", msg);
    };
    let k = vm.intern("error");
    match vm.getattr(module, k) {
        Ok(cls) => {
            let s = vm.new_str(&msg);
            match vm.call(cls, &[s]) {
                Ok(e) => vm.raise(e),
                Err(r) => r,
            }
        }
        Err(r) => r,
    }
}

/// The container a wbits value selects: (header kind, window bits 9..=15).
#[derive(Clone, Copy, PartialEq)]
enum Wrap {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, told by the data's first bytes.
    Auto,
}

fn wrap_of(wbits: i64, decompress: bool) -> Option<(Wrap, u8)> {
    let (w, bits) = match wbits {
        0 if decompress => (Wrap::Zlib, 15),
        8..=15 => (Wrap::Zlib, wbits),
        -15..=-9 => (Wrap::Raw, -wbits),
        -8 if decompress => (Wrap::Raw, 8),
        24..=31 => (Wrap::Gzip, wbits - 16),
        40..=47 if decompress => (Wrap::Auto, wbits - 32),
        _ => return None,
    };
    Some((w, bits.max(9) as u8))
}

/// `_deflate(ops, level, wbits, zdict)`: the output of a fresh zlib stream fed the list of
/// (data, flush mode) pairs `ops`.
fn deflate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 4 {
        return Err(vm.type_error("_deflate(ops, level, wbits, zdict)"));
    }
    let level = int_arg(vm, args[1])?;
    let wbits = int_arg(vm, args[2])?;
    if !(-1..=9).contains(&level) {
        return Err(zlib_error(vm, "Bad compression level".into()));
    }
    let level = Compression::new(if level < 0 { 6 } else { level as u32 });
    let Some((wrap, bits)) = wrap_of(wbits, false) else {
        return Err(zlib_error(vm, "Bad compression level".into()));
    };
    let mut c = match wrap {
        Wrap::Zlib => Compress::new_with_window_bits(level, true, bits),
        Wrap::Raw => Compress::new_with_window_bits(level, false, bits),
        _ => Compress::new_gzip(level, bits),
    };
    if !args[3].is_none() {
        let zd = data_arg(vm, args[3])?;
        if c.set_dictionary(&zd).is_err() {
            return Err(vm.value_error("Invalid dictionary"));
        }
    }
    if !has_layout(args[0], LayoutId::List) {
        return Err(vm.type_error("_deflate: ops must be a list"));
    }
    let ops = list_items(args[0]).to_vec();
    let mut out: Vec<u8> = Vec::new();
    for op in ops {
        if !has_layout(op, LayoutId::Tuple) {
            return Err(vm.type_error("_deflate: ops are (data, mode) pairs"));
        }
        let items = seq_items(op).to_vec();
        let (Some(&d), Some(&m)) = (items.first(), items.get(1)) else {
            return Err(vm.type_error("_deflate: ops are (data, mode) pairs"));
        };
        let data = data_arg(vm, d)?;
        let mode = match int_arg(vm, m)? {
            0 => FlushCompress::None,
            1 | 5 | 6 => FlushCompress::Partial,
            2 => FlushCompress::Sync,
            3 => FlushCompress::Full,
            _ => FlushCompress::Finish,
        };
        let mut pos = 0usize;
        loop {
            let mut buf = Vec::with_capacity(64 * 1024);
            let before = c.total_in();
            let st = c.compress_vec(&data[pos..], &mut buf, mode);
            pos += (c.total_in() - before) as usize;
            let full = buf.len() == buf.capacity();
            out.extend_from_slice(&buf);
            match st {
                Ok(Status::StreamEnd) => break,
                Ok(_) => {
                    if pos >= data.len() && !full {
                        break;
                    }
                }
                Err(e) => {
                    return Err(zlib_error(
                        vm,
                        format!("Error -2 while compressing data: {e}"),
                    ))
                }
            }
        }
    }
    Ok(vm.new_bytes(&out))
}

/// `_inflate(data, wbits, zdict, max_out)` -> (output, input bytes consumed, at end of
/// stream): decompress a stream from its start (output limited to max_out when > 0).
fn inflate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 4 {
        return Err(vm.type_error("_inflate(data, wbits, zdict, max_out)"));
    }
    let data = data_arg(vm, args[0])?;
    let wbits = int_arg(vm, args[1])?;
    let max_out = int_arg(vm, args[3])?.max(0) as usize;
    let Some((mut wrap, bits)) = wrap_of(wbits, true) else {
        return Err(zlib_error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state".into(),
        ));
    };
    if wrap == Wrap::Auto {
        wrap = if data.starts_with(&[0x1f, 0x8b]) {
            Wrap::Gzip
        } else {
            Wrap::Zlib
        };
    }
    let zdict = if args[2].is_none() {
        None
    } else {
        Some(data_arg(vm, args[2])?)
    };
    let mut d = match wrap {
        Wrap::Zlib => Decompress::new_with_window_bits(true, bits),
        Wrap::Raw => Decompress::new_with_window_bits(false, bits),
        _ => Decompress::new_gzip(bits),
    };
    if wrap == Wrap::Raw {
        if let Some(z) = &zdict {
            let _ = d.set_dictionary(z);
        }
    }
    let mut out: Vec<u8> = Vec::new();
    let mut eof = false;
    loop {
        let room = if max_out > 0 {
            max_out - out.len()
        } else {
            usize::MAX
        };
        if room == 0 {
            break;
        }
        let mut buf = Vec::with_capacity(room.min(64 * 1024));
        let pos = d.total_in() as usize;
        let st = d.decompress_vec(&data[pos..], &mut buf, FlushDecompress::None);
        let progressed = !buf.is_empty() || d.total_in() as usize > pos;
        out.extend_from_slice(&buf);
        match st {
            Ok(Status::StreamEnd) => {
                eof = true;
                break;
            }
            Ok(_) => {
                if !progressed {
                    break;
                }
            }
            Err(e) => {
                if let (Some(_), Some(z)) = (e.needs_dictionary(), &zdict) {
                    if d.set_dictionary(z).is_ok() {
                        continue;
                    }
                }
                return Err(inflate_error(vm, &e));
            }
        }
    }
    let o = vm.new_bytes(&out);
    let consumed = Value::small(d.total_in() as i64);
    Ok(vm.new_tuple(&[o, consumed, Value::bool(eof)]))
}

fn inflate_error(vm: &mut Vm, e: &flate2::DecompressError) -> crate::vm::Raised {
    if e.needs_dictionary().is_some() {
        return zlib_error(vm, "Error 2 while decompressing data".into());
    }
    let msg = e.message().unwrap_or("invalid input data").to_string();
    zlib_error(vm, format!("Error -3 while decompressing data: {msg}"))
}

const ZLIB_SOURCE: &str = r#"
class error(Exception):
    pass

error.__module__ = 'zlib'


def compress(data, /, level=-1, wbits=15):
    return _deflate([(data, 4)], level, wbits, None)


def decompress(data, /, wbits=15, bufsize=16384):
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    out, used, eof = _inflate(data, wbits, None, 0)
    if not eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class _Compress:
    def __init__(self, level, wbits, zdict):
        self._level = level
        self._wbits = wbits
        self._zdict = zdict
        self._ops = []
        self._sent = 0
        self._done = False

    def _run(self, data, mode):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._ops.append((bytes(data), mode))
        out = _deflate(self._ops, self._level, self._wbits, self._zdict)
        new = out[self._sent:]
        self._sent = len(out)
        if mode == 4:
            self._done = True
        return new

    def compress(self, data, /):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._run(data, 0)

    def flush(self, mode=4, /):
        if mode == 0:
            return b''
        return self._run(b'', mode)

    def copy(self):
        c = _Compress(self._level, self._wbits, self._zdict)
        c._ops = list(self._ops)
        c._sent = self._sent
        c._done = self._done
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class _Decompress:
    def __init__(self, wbits, zdict):
        self._wbits = wbits
        self._zdict = zdict
        self._input = b''
        self._sent = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self.eof:
            self.unused_data += bytes(data)
            return b''
        stream = self._input + bytes(data)
        limit = self._sent + max_length if max_length else 0
        out, used, eof = _inflate(stream, self._wbits, self._zdict, limit)
        new = out[self._sent:]
        self._sent = len(out)
        self._input = stream[:used]
        rest = stream[used:]
        if eof:
            self.eof = True
            self.unused_data = rest
            self.unconsumed_tail = b''
        elif max_length:
            self.unconsumed_tail = rest
        else:
            self._input = stream
        return new

    def flush(self, length=16384, /):
        if length <= 0:
            raise ValueError('length must be greater than zero')
        if self.unconsumed_tail:
            tail = self.unconsumed_tail
            self.unconsumed_tail = b''
            return self.decompress(tail)
        return b''

    def copy(self):
        d = _Decompress(self._wbits, self._zdict)
        d.__dict__.update(self.__dict__)
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None):
    if method != 8 or not 1 <= memLevel <= 9 or strategy not in (0, 1, 2, 3, 4):
        raise ValueError('Invalid initialization option')
    if not -1 <= level <= 9:
        raise error('Bad compression level')
    if not (9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31):
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        zdict = bytes(zdict)
    _deflate([], level, wbits, zdict)
    return _Compress(level, wbits, zdict)


def decompressobj(wbits=15, zdict=b''):
    if not (wbits == 0 or 9 <= wbits <= 15 or -15 <= wbits <= -9
            or 24 <= wbits <= 31 or 40 <= wbits <= 47):
        raise ValueError('Invalid initialization option')
    zdict = bytes(zdict) if zdict else None
    return _Decompress(wbits, zdict)


_Compress.__name__ = _Compress.__qualname__ = 'Compress'
_Decompress.__name__ = _Decompress.__qualname__ = 'Decompress'
_Compress.__module__ = _Decompress.__module__ = 'zlib'
"#;
