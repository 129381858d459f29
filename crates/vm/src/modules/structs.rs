//! `struct`: pack, unpack, calcsize, iter_unpack, unpack_from, pack_into and Struct over
//! CPython's format language (byte order prefixes @ = < > !, native alignment, counts,
//! codes x c b B ? h H i I l L q Q n N e f d s p P) with `struct.error` and its messages.

use super::exec_source;
use crate::builtins::arity;
use crate::heap::{bytes_data, has_layout};
use crate::layout::LayoutId;
use crate::objects::float::{float_value, is_float};
use crate::objects::int::as_int;
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Raised, Vm};
use dashu_int::IBig;

/// One field of a parsed format.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    pub code: u8,
    /// Byte length for 's'/'p'; 1 otherwise.
    pub len: usize,
    pub size: usize,
    pub offset: usize,
}

/// A parsed format: its fields (pad bytes omitted), total size and byte order.
#[derive(Debug, PartialEq)]
pub struct Format {
    pub fields: Vec<Field>,
    pub size: usize,
    pub little: bool,
}

/// Size of a code in native (`native` = true) or standard mode; None if not allowed.
fn code_size(c: u8, native: bool) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// Parse a format string (CPython's `struct.error` text on failure).
pub fn parse(fmt: &str) -> Result<Format, &'static str> {
    let b = fmt.as_bytes();
    let (native, little, mut i) = match b.first() {
        Some(b'@') => (true, true, 1),
        Some(b'=') | Some(b'<') => (false, true, 1),
        Some(b'>') | Some(b'!') => (false, false, 1),
        _ => (true, true, 0),
    };
    let mut fields = Vec::new();
    let mut off = 0usize;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        if c.is_ascii_digit() {
            let mut n = 0usize;
            while i < b.len() && b[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((b[i] - b'0') as usize))
                    .ok_or("total struct size too long")?;
                i += 1;
            }
            if i >= b.len() {
                return Err("repeat count given without format specifier");
            }
            count = Some(n);
        }
        let c = b[i];
        i += 1;
        let size = code_size(c, native).ok_or("bad char in struct format")?;
        let n = count.unwrap_or(1);
        if native && size > 1 && !matches!(c, b's' | b'p') {
            off = off.div_ceil(size) * size;
        }
        match c {
            b's' | b'p' => {
                fields.push(Field {
                    code: c,
                    len: n,
                    size: n,
                    offset: off,
                });
                off += n;
            }
            b'x' => off += n,
            _ => {
                for _ in 0..n {
                    fields.push(Field {
                        code: c,
                        len: 1,
                        size,
                        offset: off,
                    });
                    off += size;
                }
            }
        }
        if off > (isize::MAX as usize) / 2 {
            return Err("total struct size too long");
        }
    }
    Ok(Format {
        fields,
        size: off,
        little,
    })
}

/// f64 -> IEEE half precision bits (CPython's PyFloat_Pack2); None on overflow.
pub fn pack_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 1 } else { 0 };
    if x.is_nan() {
        return Some((sign << 15) | 0x7e00);
    }
    if x.is_infinite() {
        return Some((sign << 15) | 0x7c00);
    }
    let x = x.abs();
    if x == 0.0 {
        return Some(sign << 15);
    }
    let (mut f, mut e) = crate::objects::float::frexp(x);
    f *= 2.0;
    e -= 1;
    if e >= 16 {
        return None;
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(bits | ((e as u16) << 10) | (sign << 15))
}

/// IEEE half precision bits -> f64.
pub fn unpack_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn error_cls(vm: &mut Vm) -> Value {
    super::class_of_module(vm, "struct", "error")
}

fn err(vm: &mut Vm, msg: impl AsRef<str>) -> Raised {
    let c = error_cls(vm);
    let m = vm.new_str(msg.as_ref());
    let e = vm.new_exception(c, &[m]);
    vm.raise(e)
}

fn fmt_arg(vm: &mut Vm, v: Value) -> PyResult<(String, Format)> {
    let s = if is_str(v) {
        text(v).to_string()
    } else if has_layout(v, LayoutId::Bytes) {
        String::from_utf8_lossy(bytes_data(v)).into_owned()
    } else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {tn}"
        )));
    };
    match parse(&s) {
        Ok(f) => Ok((s, f)),
        Err(m) => Err(err(vm, m)),
    }
}

fn int_of(vm: &mut Vm, v: Value) -> PyResult<IBig> {
    if is_float(v) {
        return Err(err(vm, "required argument is not an integer"));
    }
    match as_int(v) {
        Some(i) => Ok(i.to_big()),
        None => match vm.index_hook(v)? {
            Some(i) => Ok(IBig::from(i)),
            None => Err(err(vm, "required argument is not an integer")),
        },
    }
}

fn pack_one(vm: &mut Vm, f: &Field, v: Value, little: bool, out: &mut [u8]) -> PyResult<()> {
    let put = |out: &mut [u8], bytes: &[u8]| {
        let n = bytes.len();
        if little {
            out[..n].copy_from_slice(bytes);
        } else {
            for (i, b) in bytes.iter().enumerate() {
                out[n - 1 - i] = *b;
            }
        }
    };
    match f.code {
        b'c' => {
            if has_layout(v, LayoutId::Bytes) && bytes_data(v).len() == 1 {
                out[0] = bytes_data(v)[0];
                Ok(())
            } else {
                Err(err(vm, "char format requires a bytes object of length 1"))
            }
        }
        b's' | b'p' => {
            if !has_layout(v, LayoutId::Bytes) {
                let c = f.code as char;
                return Err(err(
                    vm,
                    format!("argument for '{c}' must be a bytes object"),
                ));
            }
            let data = bytes_data(v);
            if f.code == b's' {
                let n = data.len().min(f.len);
                out[..n].copy_from_slice(&data[..n]);
            } else if f.len > 0 {
                let n = data.len().min(f.len - 1).min(255);
                out[0] = n as u8;
                out[1..1 + n].copy_from_slice(&data[..n]);
            }
            Ok(())
        }
        b'?' => {
            out[0] = vm.truthy(v)? as u8;
            Ok(())
        }
        b'e' | b'f' | b'd' => {
            let x = if is_float(v) {
                float_value(v)
            } else if as_int(v).is_some() {
                vm.int_to_f64(v)?
            } else {
                match vm.call_special(v, vm.names.float, &[])? {
                    Some(r) if is_float(r) => float_value(r),
                    _ => return Err(err(vm, "required argument is not a float")),
                }
            };
            match f.code {
                b'e' => match pack_half(x) {
                    Some(h) => put(out, &h.to_le_bytes()),
                    None => return Err(vm.overflow_error("float too large to pack with e format")),
                },
                b'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() {
                        return Err(vm.overflow_error("float too large to pack with f format"));
                    }
                    put(out, &y.to_le_bytes())
                }
                _ => put(out, &x.to_le_bytes()),
            }
            Ok(())
        }
        c => {
            let n = int_of(vm, v)?;
            let signed = c.is_ascii_lowercase();
            let bits = f.size * 8;
            let (lo, hi) = if signed {
                (
                    -(IBig::ONE << (bits - 1)),
                    (IBig::ONE << (bits - 1)) - IBig::ONE,
                )
            } else {
                (IBig::ZERO, (IBig::ONE << bits) - IBig::ONE)
            };
            if n < lo || n > hi {
                let named = match c {
                    b'b' => Some("byte"),
                    b'B' => Some("ubyte"),
                    b'h' => Some("short"),
                    b'H' => Some("ushort"),
                    _ => None,
                };
                let msg = match named {
                    Some(w) => format!("{w} format requires {lo} <= number <= {hi}"),
                    None if f.size == 8 || (!signed && n < IBig::ZERO) => {
                        "argument out of range".to_string()
                    }
                    None => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
                };
                return Err(err(vm, msg));
            }
            let w: i128 = i128::try_from(&n).unwrap_or(0);
            put(out, &w.to_le_bytes()[..f.size]);
            Ok(())
        }
    }
}

fn unpack_one(vm: &mut Vm, f: &Field, data: &[u8], little: bool) -> PyResult {
    let raw = &data[f.offset..f.offset + f.size];
    let mut le = [0u8; 16];
    if little {
        le[..f.size].copy_from_slice(raw);
    } else {
        for (i, b) in raw.iter().enumerate() {
            le[f.size - 1 - i] = *b;
        }
    }
    Ok(match f.code {
        b'c' => vm.new_bytes(raw),
        b's' => vm.new_bytes(raw),
        b'p' => {
            let n = (raw.first().copied().unwrap_or(0) as usize).min(f.len.saturating_sub(1));
            vm.new_bytes(&raw[1.min(raw.len())..1.min(raw.len()) + n])
        }
        b'?' => Value::bool(raw[0] != 0),
        b'e' => vm.new_float(unpack_half(u16::from_le_bytes([le[0], le[1]]))),
        b'f' => vm.new_float(f32::from_le_bytes([le[0], le[1], le[2], le[3]]) as f64),
        b'd' => vm.new_float(f64::from_le_bytes(le[..8].try_into().unwrap_or([0; 8]))),
        c => {
            let u = u128::from_le_bytes(le);
            let bits = f.size * 8;
            if c.is_ascii_lowercase() && bits < 128 && (u >> (bits - 1)) & 1 == 1 {
                vm.new_int_i128(u as i128 - (1i128 << bits))
            } else {
                vm.new_int_i128(u as i128)
            }
        }
    })
}

fn do_pack(vm: &mut Vm, fmt: &Format, vals: &[Value]) -> PyResult<Vec<u8>> {
    if vals.len() != fmt.fields.len() {
        return Err(err(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                fmt.fields.len(),
                vals.len()
            ),
        ));
    }
    let mut out = vec![0u8; fmt.size];
    for (f, &v) in fmt.fields.iter().zip(vals) {
        pack_one(vm, f, v, fmt.little, &mut out[f.offset..f.offset + f.size])?;
    }
    Ok(out)
}

fn do_unpack(vm: &mut Vm, fmt: &Format, data: &[u8]) -> PyResult {
    let mut vals = Vec::with_capacity(fmt.fields.len());
    for f in &fmt.fields {
        let v = unpack_one(vm, f, data, fmt.little)?;
        vals.push(v);
    }
    Ok(vm.new_tuple(&vals))
}

fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if has_layout(v, LayoutId::Bytes) {
        return Ok(bytes_data(v).to_vec());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

fn s_pack(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    }
    let (_, fmt) = fmt_arg(vm, args[0])?;
    let out = do_pack(vm, &fmt, &args[1..])?;
    Ok(vm.new_bytes(&out))
}

fn s_unpack(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "unpack", args, 2, 2)?;
    let (_, fmt) = fmt_arg(vm, args[0])?;
    let data = buffer_arg(vm, args[1])?;
    if data.len() != fmt.size {
        return Err(err(
            vm,
            format!("unpack requires a buffer of {} bytes", fmt.size),
        ));
    }
    do_unpack(vm, &fmt, &data)
}

fn s_unpack_from(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "unpack_from", args, 2, 3)?;
    let (_, fmt) = fmt_arg(vm, args[0])?;
    let data = buffer_arg(vm, args[1])?;
    let off = match args
        .get(2)
        .copied()
        .or(crate::builtins::kwarg(kw, "offset"))
    {
        Some(o) => super::int_arg(vm, o)?,
        None => 0,
    };
    let off = if off < 0 {
        if (-off) as usize > data.len() {
            return Err(err(
                vm,
                format!("offset {off} out of range for {}-byte buffer", data.len()),
            ));
        }
        data.len() - (-off) as usize
    } else {
        off as usize
    };
    if off + fmt.size > data.len() {
        return Err(err(vm, format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            off + fmt.size, fmt.size, off, data.len()
        )));
    }
    do_unpack(vm, &fmt, &data[off..off + fmt.size])
}

fn s_calcsize(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "calcsize", args, 1, 1)?;
    let (_, fmt) = fmt_arg(vm, args[0])?;
    Ok(vm.new_int(fmt.size as i64))
}

fn s_pack_into(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() < 3 {
        return Err(vm.type_error(format!(
            "pack_into expected at least 3 arguments, got {}",
            args.len()
        )));
    }
    let (_, _fmt) = fmt_arg(vm, args[0])?;
    // coil has no mutable buffers (bytearray, memoryview) yet.
    let tn = vm.type_name(args[1]);
    Err(vm.type_error(format!(
        "argument must be read-write bytes-like object, not {tn}"
    )))
}

fn s_iter_check(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "iter_unpack", args, 2, 2)?;
    let (_, fmt) = fmt_arg(vm, args[0])?;
    let data = buffer_arg(vm, args[1])?;
    if fmt.size == 0 {
        return Err(err(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % fmt.size != 0 {
        return Err(err(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                fmt.size
            ),
        ));
    }
    Ok(Value::small((data.len() / fmt.size) as i64))
}

const STRUCT_SOURCE: &str = r#"
def iter_unpack(format, buffer):
    n = _iter_check(format, buffer)
    size = calcsize(format)
    return (unpack_from(format, buffer, i * size) for i in range(n))


class Struct:
    def __init__(self, format):
        self._size = calcsize(format)
        self._format = format.decode('latin-1') if isinstance(format, bytes) else format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *v):
        return pack(self._format, *v)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def pack_into(self, buffer, offset, *v):
        return pack_into(self._format, buffer, offset, *v)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)

    def __repr__(self):
        return '<_struct.Struct object at %#x>' % id(self)


Struct.__module__ = '_struct'
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "struct").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "struct");
    let exc = vm.exc_type("Exception");
    if let Ok(e) = vm.new_type("error", vec![exc], "struct", false) {
        crate::objects::types::type_data(e).is_exception = true;
        vm.misc_roots.push(e);
        let mk = vm.names.module;
        let mv = vm.new_str_old("struct");
        vm.type_set(e, mk, mv);
        vm.def_value(d, "error", e);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("pack", s_pack),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("calcsize", s_calcsize),
        ("pack_into", s_pack_into),
        ("_iter_check", s_iter_check),
    ];
    for &(n, f) in fns {
        vm.def_fn(d, n, f);
    }
    let _ = exec_source(vm, d, STRUCT_SOURCE, "<struct>");
    super::set_class_module(vm, d, "Struct", "_struct");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignment() {
        assert_eq!(parse("@bhiqd").map(|f| f.size), Ok(24));
        assert_eq!(parse("<bhiqd").map(|f| f.size), Ok(23));
        assert_eq!(parse("b0i").map(|f| f.size), Ok(4));
        assert_eq!(parse("<n"), Err("bad char in struct format"));
        assert_eq!(
            parse("3"),
            Err("repeat count given without format specifier")
        );
        let f = parse(">2h10s").expect("valid");
        assert_eq!((f.fields.len(), f.size, f.little), (3, 14, false));
    }

    #[test]
    fn half_floats_round_trip() {
        for x in [
            0.0,
            1.0,
            -2.5,
            65504.0,
            6.103515625e-05,
            5.960464477539063e-08,
        ] {
            let h = pack_half(x).expect("fits");
            assert_eq!(unpack_half(h), x);
        }
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(pack_half(1.0), Some(0x3c00));
    }
}
