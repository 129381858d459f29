//! `binascii`: base64 and hex conversions and CRC-32 in Rust, plus the base85
//! cores `base64`'s a85/b85 functions use (`_85encode`, `_a85decode`, `_b85decode`).
//!
//! The argument checking and the `binascii.Error` raising live in the module's Python
//! part; the native cores take bytes and return either the result (bytes) or, for a
//! malformed input, the error message (str) the Python part raises.

use super::exec_source;
use crate::objects::bytes::bytes_like;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

const BINASCII_SOURCE: &str = r#"
class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _ascii_data(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _bytes_data(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _check(r):
    if type(r) is str:
        raise Error(r)
    return r


def a2b_base64(data, /, *, strict_mode=False):
    return _check(_a2b_base64(_ascii_data(data), bool(strict_mode)))


def b2a_base64(data, /, *, newline=True):
    return _b2a_base64(_bytes_data(data), bool(newline))


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _bytes_data(data)
    if sep is None:
        return _b2a_hex(data)
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


def hexlify(data, sep=None, bytes_per_sep=1):
    return b2a_hex(data, sep, bytes_per_sep)


def a2b_hex(hexstr, /):
    return _check(_a2b_hex(_ascii_data(hexstr)))


def unhexlify(hexstr, /):
    return _check(_a2b_hex(_ascii_data(hexstr)))


def crc32(data, crc=0, /):
    return _crc32(_bytes_data(data), crc & 0xffffffff)


def crc_hqx(data, crc, /):
    crc &= 0xffff
    for b in _bytes_data(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "binascii").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "binascii");
    vm.def_fn(d, "_b2a_base64", b2a_base64);
    vm.def_fn(d, "_a2b_base64", a2b_base64);
    vm.def_fn(d, "_b2a_hex", b2a_hex);
    vm.def_fn(d, "_a2b_hex", a2b_hex);
    vm.def_fn(d, "_crc32", crc32);
    vm.def_fn(d, "_85encode", enc85);
    vm.def_fn(d, "_a85decode", a85decode);
    vm.def_fn(d, "_b85decode", b85decode);
    let _ = exec_source(vm, d, BINASCII_SOURCE, "<binascii>");
    super::set_class_module(vm, d, "Error", "binascii");
    super::set_class_module(vm, d, "Incomplete", "binascii");
}

/// Argument `i` as a byte slice (copied: the result is built before allocating).
fn data(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match args.get(i).and_then(|&v| bytes_like(v)) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.type_error("a bytes-like object is required")),
    }
}

fn flag(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<bool> {
    match args.get(i) {
        Some(&v) => vm.truthy(v),
        None => Ok(false),
    }
}

fn done(vm: &mut Vm, r: Result<Vec<u8>, String>) -> PyResult {
    Ok(match r {
        Ok(b) => vm.new_bytes(&b),
        Err(msg) => vm.new_str(&msg),
    })
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(vm, args, 0)?;
    let newline = flag(vm, args, 1)?;
    let mut out = Vec::with_capacity(d.len().div_ceil(3) * 4 + 1);
    let mut chunks = d.chunks_exact(3);
    for c in &mut chunks {
        let n = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
        out.extend_from_slice(&[
            B64[(n >> 18) as usize],
            B64[(n >> 12 & 63) as usize],
            B64[(n >> 6 & 63) as usize],
            B64[(n & 63) as usize],
        ]);
    }
    match *chunks.remainder() {
        [a] => {
            let n = (a as u32) << 16;
            out.extend_from_slice(&[
                B64[(n >> 18) as usize],
                B64[(n >> 12 & 63) as usize],
                b'=',
                b'=',
            ]);
        }
        [a, b] => {
            let n = (a as u32) << 16 | (b as u32) << 8;
            out.extend_from_slice(&[
                B64[(n >> 18) as usize],
                B64[(n >> 12 & 63) as usize],
                B64[(n >> 6 & 63) as usize],
                b'=',
            ]);
        }
        _ => {}
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(&out))
}

/// binascii's decoding loop: characters outside the alphabet are skipped (errors in
/// strict mode), `=` ends the data once a quantum is complete.
fn decode_base64(d: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut table = [255u8; 256];
    for (i, &c) in B64.iter().enumerate() {
        table[c as usize] = i as u8;
    }
    if strict && d.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(d.len() / 4 * 3);
    let (mut quad_pos, mut leftchar, mut pads) = (0u8, 0u32, 0usize);
    let mut padding_started = false;
    for (i, &ch) in d.iter().enumerate() {
        if ch == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos as usize + pads >= 4 {
                    if strict && i + 1 < d.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let v = table[ch as usize] as u32;
        if v >= 64 {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        }
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push(((leftchar << 2) | (v >> 4)) as u8);
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(((leftchar << 4) | (v >> 2)) as u8);
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(((leftchar << 6) | v) as u8);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

fn a2b_base64(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(vm, args, 0)?;
    let strict = flag(vm, args, 1)?;
    let r = decode_base64(&d, strict);
    done(vm, r)
}

fn b2a_hex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let d = data(vm, args, 0)?;
    let mut out = Vec::with_capacity(d.len() * 2);
    for b in d {
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    Ok(vm.new_bytes(&out))
}

fn a2b_hex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(vm, args, 0)?;
    let r = if d.len() % 2 == 1 {
        Err("Odd-length string".to_string())
    } else {
        d.chunks_exact(2)
            .map(|p| {
                let hi = (p[0] as char).to_digit(16);
                let lo = (p[1] as char).to_digit(16);
                match (hi, lo) {
                    (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
                    _ => Err("Non-hexadecimal digit found".to_string()),
                }
            })
            .collect()
    };
    done(vm, r)
}

fn crc32(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(vm, args, 0)?;
    let start = args.get(1).and_then(|v| v.as_small()).unwrap_or(0) as u32;
    let mut table = [0u32; 256];
    for (i, t) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *t = c;
    }
    let mut crc = !start;
    for b in d {
        crc = table[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    Ok(vm.new_int(!crc as i64))
}

/// `_85encode(data, alphabet, pad, foldnuls, foldspaces)`: each big-endian 4-byte word
/// as 5 digits of `alphabet` (85 bytes), `z` for a zero word when `foldnuls`, `y` for
/// four spaces when `foldspaces`; without `pad` the last group loses the digits of the
/// zero bytes added to complete it (a folded `z` is spelled out first).
fn enc85(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(vm, args, 0)?;
    let alphabet = data(vm, args, 1)?;
    if alphabet.len() != 85 {
        return Err(vm.value_error("alphabet must have 85 characters"));
    }
    let pad = flag(vm, args, 2)?;
    let foldnuls = flag(vm, args, 3)?;
    let foldspaces = flag(vm, args, 4)?;
    let padding = (4 - d.len() % 4) % 4;
    let mut src = d;
    src.resize(src.len() + padding, 0);
    let mut out = Vec::with_capacity(src.len() / 4 * 5);
    let words = src.len() / 4;
    for (k, w) in src.chunks_exact(4).enumerate() {
        let word = u32::from_be_bytes([w[0], w[1], w[2], w[3]]);
        let last = k + 1 == words;
        if foldnuls && word == 0 && !(last && padding != 0 && !pad) {
            out.push(b'z');
        } else if foldspaces && word == 0x2020_2020 && !(last && padding != 0 && !pad) {
            out.push(b'y');
        } else {
            let mut digits = [0u8; 5];
            let mut n = word;
            for slot in digits.iter_mut().rev() {
                *slot = alphabet[(n % 85) as usize];
                n /= 85;
            }
            let keep = if last && padding != 0 && !pad {
                5 - padding
            } else {
                5
            };
            out.extend_from_slice(&digits[..keep]);
        }
    }
    Ok(vm.new_bytes(&out))
}

/// `_a85decode(data, foldspaces, ignorechars)`: Ascii85 digits `!`..`u` in groups of
/// five (a short last group is completed with `u`), `z` (and `y` when `foldspaces`)
/// between groups; bytes in `ignorechars` are skipped.
fn a85decode(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(vm, args, 0)?;
    let foldspaces = flag(vm, args, 1)?;
    let ignore = data(vm, args, 2)?;
    let mut out = Vec::with_capacity(d.len() / 5 * 4);
    let mut group: Vec<u8> = Vec::with_capacity(5);
    let mut r = Ok(());
    for &x in d.iter().chain(b"uuuu".iter()) {
        if (b'!'..=b'u').contains(&x) {
            group.push(x);
            if group.len() == 5 {
                let acc = group.iter().fold(0u64, |a, &c| a * 85 + (c - 33) as u64);
                if acc > u32::MAX as u64 {
                    r = Err("Ascii85 overflow".to_string());
                    break;
                }
                out.extend_from_slice(&(acc as u32).to_be_bytes());
                group.clear();
            }
        } else if x == b'z' {
            if !group.is_empty() {
                r = Err("z inside Ascii85 5-tuple".to_string());
                break;
            }
            out.extend_from_slice(&[0; 4]);
        } else if foldspaces && x == b'y' {
            if !group.is_empty() {
                r = Err("y inside Ascii85 5-tuple".to_string());
                break;
            }
            out.extend_from_slice(b"    ");
        } else if ignore.contains(&x) {
            continue;
        } else {
            r = Err(format!("Non-Ascii85 digit found: {}", x as char));
            break;
        }
    }
    let r = r.map(|()| {
        // Four `u` completed the last group: the bytes they stand for are dropped.
        out.truncate(out.len().saturating_sub(4 - group.len()));
        out
    });
    done(vm, r)
}

/// `_b85decode(data, alphabet)`: groups of five digits (a short last group is padded
/// with the highest digit and its extra bytes dropped).
fn b85decode(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(vm, args, 0)?;
    let alphabet = data(vm, args, 1)?;
    let mut table = [None; 256];
    for (i, &c) in alphabet.iter().enumerate() {
        table[c as usize] = Some(i as u64);
    }
    let padding = (5 - d.len() % 5) % 5;
    let mut src = d;
    src.extend(std::iter::repeat_n(b'~', padding));
    let mut out = Vec::with_capacity(src.len() / 5 * 4);
    let mut r = Ok(());
    'groups: for (g, chunk) in src.chunks_exact(5).enumerate() {
        let mut acc = 0u64;
        for (j, &c) in chunk.iter().enumerate() {
            match table[c as usize] {
                Some(v) => acc = acc * 85 + v,
                None => {
                    r = Err(format!("bad base85 character at position {}", g * 5 + j));
                    break 'groups;
                }
            }
        }
        if acc > u32::MAX as u64 {
            r = Err(format!(
                "base85 overflow in hunk starting at byte {}",
                g * 5
            ));
            break;
        }
        out.extend_from_slice(&(acc as u32).to_be_bytes());
    }
    let r = r.map(|()| {
        out.truncate(out.len() - padding);
        out
    });
    done(vm, r)
}
