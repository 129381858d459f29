//! Methods of bytes and bytearray (one implementation for both: a method returns the
//! receiver's kind), bytearray's mutating methods, and the two constructors.

use super::{arity, kwarg};
use crate::heap::{self, has_layout};
use crate::layout::*;
use crate::objects::bytes::{
    bytearray_vec, bytes_like, count_bytes, find_bytes, is_bytearray, rfind_bytes,
};
use crate::objects::int::{as_int, Int};
use crate::objects::str::{is_str, text};
use crate::objects::types::{type_data, WrapKind};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("join", join),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdigit", isdigit),
        ("islower", islower),
        ("isupper", isupper),
        ("isspace", isspace),
        ("istitle", istitle),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("replace", replace),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__eq__", dunder_eq),
        ("__lt__", dunder_lt),
        ("__iter__", dunder_iter),
        ("__repr__", dunder_repr),
    ];
    let mutating: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
    ];
    let (tb, tba) = (vm.types.bytes, vm.types.bytearray);
    for &(n, f) in shared {
        vm.add_method(tb, n, f);
        vm.add_method(tba, n, f);
    }
    vm.add_method(tb, "__hash__", dunder_hash);
    for &(n, f) in mutating {
        vm.add_method(tba, n, f);
    }
    // bytearray is unhashable.
    let h = vm.names.hash;
    vm.type_set(tba, h, Value::none());
    let statics: [(Value, &'static str, &str, NativeFn); 4] = [
        (tb, "fromhex", "bytes.fromhex", fromhex_bytes),
        (tba, "fromhex", "bytearray.fromhex", fromhex_bytearray),
        (tb, "maketrans", "bytes.maketrans", maketrans),
        (tba, "maketrans", "bytearray.maketrans", maketrans),
    ];
    for (t, name, qual, f) in statics {
        let n = vm.native(name, qual, f);
        let w = vm.new_wrapper(WrapKind::StaticMethod, n, Value::none(), Value::none());
        let key = vm.intern(name);
        vm.type_set(t, key, w);
    }
    type_data(tb).ctor = Some(bytes_new);
    type_data(tba).ctor = Some(bytearray_new);
}

/// The receiver's bytes.
fn data<'a>(v: Value) -> &'a [u8] {
    bytes_like(v).unwrap_or(&[])
}

/// Positional argument `i` (after the receiver) or keyword `name`.
fn arg(args: &[Value], kw: Kwargs, i: usize, name: &str) -> Option<Value> {
    args.get(i + 1).copied().or_else(|| kwarg(kw, name))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn result(vm: &mut Vm, recv: Value, d: Vec<u8>) -> PyResult {
    Ok(vm.new_bytes_as(recv, d))
}

// ----- constructors -----

fn ctor_data(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs) -> PyResult<Vec<u8>> {
    super::only_kw(vm, name, kw, &["source", "encoding", "errors"])?;
    let args = &args[1..];
    arity(vm, name, args, 0, 3)?;
    let src = args.first().copied().or_else(|| kwarg(kw, "source"));
    let enc = args.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let errors = args.get(2).copied().or_else(|| kwarg(kw, "errors"));
    let Some(v) = src else {
        if enc.is_some() || errors.is_some() {
            let what = if enc.is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if is_str(v) {
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let (codec, errs) = vm.codec_args(enc, errors)?;
        return vm.encode_str(v, codec, &errs);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    vm.bytes_from_object(v)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if args.len() == 2 && kw.is_empty() && crate::objects::bytes::is_bytes(args[1]) {
        return Ok(args[1]);
    }
    let d = ctor_data(vm, "bytes", args, kw)?;
    Ok(vm.new_bytes(&d))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let d = ctor_data(vm, "bytearray", args, kw)?;
    Ok(vm.new_bytearray(d))
}

// ----- hex -----

fn hex_digits(vm: &mut Vm, s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let val = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = val(b[i]) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(lo) = b.get(i + 1).and_then(|&c| val(c)) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn fromhex_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    arity(vm, "fromhex", args, 1, 1)?;
    if !is_str(args[0]) {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    }
    let s = text(args[0]).to_string();
    hex_digits(vm, &s)
}

fn fromhex_bytes(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = fromhex_arg(vm, args)?;
    Ok(vm.new_bytes(&d))
}

fn fromhex_bytearray(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = fromhex_arg(vm, args)?;
    Ok(vm.new_bytearray(d))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let d = data(args[0]);
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = arg(args, kw, 0, "sep") else {
        let s = digits.concat();
        return Ok(vm.new_str(&s));
    };
    let sep: String = if is_str(sep) {
        text(sep).to_string()
    } else if let Some(b) = bytes_like(sep) {
        b.iter().map(|&c| c as char).collect()
    } else {
        return Err(vm.type_error("sep must be str or bytes."));
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match arg(args, kw, 1, "bytes_per_sep") {
        Some(v) => vm.to_i64_index(v, "")?,
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        let s = digits.concat();
        return Ok(vm.new_str(&s));
    }
    let n = per.unsigned_abs() as usize;
    let len = digits.len();
    let mut out = String::new();
    for (i, dg) in digits.iter().enumerate() {
        if i > 0 {
            // Groups count from the right when per > 0, from the left when per < 0.
            let boundary = if per > 0 {
                (len - i).is_multiple_of(n)
            } else {
                i.is_multiple_of(n)
            };
            if boundary {
                out.push_str(&sep);
            }
        }
        out.push_str(dg);
    }
    Ok(vm.new_str(&out))
}

// ----- decode / join -----

fn decode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    super::only_kw(vm, "decode", kw, &["encoding", "errors"])?;
    arity(vm, "decode", &args[1..], 0, 2)?;
    let enc = arg(args, kw, 0, "encoding");
    let errors = arg(args, kw, 1, "errors");
    let (codec, errs) = vm.codec_args(enc, errors)?;
    let s = vm.decode_bytes(args[0], codec, &errs)?;
    Ok(vm.new_str(&s))
}

fn join(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "join", &args[1..], 1, 1)?;
    let items = vm.collect_iterable(args[1])?;
    let mut out = Vec::new();
    let sep = data(args[0]).to_vec();
    for (i, x) in items.into_iter().enumerate() {
        let Some(d) = bytes_like(x) else {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(d);
    }
    result(vm, args[0], out)
}

// ----- searching -----

/// CPython's ADJUST_INDICES over optional start/end arguments of a sequence of `len`
/// items: (start, end) as signed, for bytes and str searches alike.
pub(crate) fn span(vm: &mut Vm, len: usize, args: &[Value]) -> PyResult<(i64, i64)> {
    let n = len as i64;
    let get = |vm: &mut Vm, v: Option<&Value>, dflt: i64| -> PyResult<i64> {
        match v {
            Some(&v) if !v.is_none() => {
                let x = match as_int(v) {
                    Some(Int::S(x)) => x,
                    Some(Int::B(b)) => {
                        if *b < dashu_int::IBig::ZERO {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }
                    }
                    None => match vm.index_hook(v)? {
                        Some(x) => x,
                        None => return Err(vm.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )),
                    },
                };
                Ok(if x < 0 { (x + n).max(0) } else { x })
            }
            _ => Ok(dflt),
        }
    };
    let start = get(vm, args.first(), 0)?;
    let end = get(vm, args.get(1), n)?.min(n);
    Ok((start, end))
}

/// The needle of find/count/index/`in`: bytes-like or one byte given as an int.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d.to_vec());
    }
    if as_int(v).is_some() {
        return Ok(vec![vm.byte_value(v)?]);
    }
    if has_layout(v, LayoutId::Instance) {
        if let Some(n) = vm.index_hook(v)? {
            if (0..256).contains(&n) {
                return Ok(vec![n as u8]);
            }
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{tn}'"
    )))
}

fn find_impl(vm: &mut Vm, name: &str, args: &[Value], rev: bool) -> PyResult<i64> {
    arity(vm, name, &args[1..], 1, 3)?;
    let n = needle(vm, args[1])?;
    let h = data(args[0]);
    let (s, e) = span(vm, h.len(), &args[2..])?;
    if e - s < n.len() as i64 {
        return Ok(-1);
    }
    let h = &data(args[0])[s as usize..e as usize];
    let r = if rev {
        rfind_bytes(h, &n)
    } else {
        find_bytes(h, &n)
    };
    Ok(r.map(|i| i as i64 + s).unwrap_or(-1))
}

fn find(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::small(find_impl(vm, "find", args, false)?))
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::small(find_impl(vm, "rfind", args, true)?))
}
fn index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = find_impl(vm, "index", args, false)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::small(r))
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = find_impl(vm, "rindex", args, true)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::small(r))
}
fn count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "count", &args[1..], 1, 3)?;
    let n = needle(vm, args[1])?;
    let h = data(args[0]);
    let (s, e) = span(vm, h.len(), &args[2..])?;
    if e - s < n.len() as i64 {
        return Ok(Value::small(0));
    }
    if n.is_empty() {
        return Ok(Value::small(e - s + 1));
    }
    let h = &data(args[0])[s as usize..e as usize];
    Ok(Value::small(count_bytes(h, &n) as i64))
}

fn starts_ends(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult {
    let name = if ends { "endswith" } else { "startswith" };
    arity(vm, name, &args[1..], 1, 3)?;
    let h = data(args[0]);
    let (s, e) = span(vm, h.len(), &args[2..])?;
    let pats: Vec<Value> = if has_layout(args[1], LayoutId::Tuple) {
        heap::items(args[1]).to_vec()
    } else {
        vec![args[1]]
    };
    for p in pats {
        let Some(pd) = bytes_like(p) else {
            let tn = vm.type_name(p);
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {tn}"
            )));
        };
        if e - s < pd.len() as i64 {
            continue;
        }
        let hay = &data(args[0])[s as usize..e as usize];
        let ok = if ends {
            hay.ends_with(pd)
        } else {
            hay.starts_with(pd)
        };
        if ok {
            return Ok(Value::true_());
        }
    }
    Ok(Value::false_())
}
fn startswith(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    starts_ends(vm, args, false)
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    starts_ends(vm, args, true)
}

// ----- case -----

fn map_bytes(vm: &mut Vm, args: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult {
    arity(vm, "method", &args[1..], 0, 0)?;
    let d = f(data(args[0]));
    result(vm, args[0], d)
}
fn upper(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_bytes(vm, args, |d| d.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_bytes(vm, args, |d| d.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_bytes(vm, args, |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn capitalize(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_bytes(vm, args, |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_bytes(vm, args, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if c.is_ascii_alphabetic() {
                    if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                } else {
                    c
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(args: &[Value], f: impl Fn(u8) -> bool) -> PyResult {
    let d = data(args[0]);
    Ok(Value::bool(!d.is_empty() && d.iter().all(|&c| f(c))))
}
fn isalnum(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| c.is_ascii_alphanumeric())
}
fn isalpha(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| c.is_ascii_alphabetic())
}
fn isdigit(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| c.is_ascii_digit())
}
fn isspace(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, is_space)
}
fn isascii(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(data(args[0]).is_ascii()))
}
fn islower(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(args[0]);
    Ok(Value::bool(
        d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase()),
    ))
}
fn isupper(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = data(args[0]);
    Ok(Value::bool(
        d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase()),
    ))
}
fn istitle(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut prev_cased = false;
    let mut any = false;
    for &c in data(args[0]) {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::false_());
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::false_());
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(any))
}

// ----- strip / split / partition -----

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult {
    arity(vm, "strip", &args[1..], 0, 1)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        Some(&c) if !c.is_none() => Some(vm.bytes_arg(c)?),
        _ => None,
    };
    let keep = |c: &u8| match &chars {
        Some(cs) => !cs.contains(c),
        None => !is_space(*c),
    };
    let d = data(args[0]);
    let s = if left {
        d.iter().position(keep).unwrap_or(d.len())
    } else {
        0
    };
    let e = if right {
        d.iter().rposition(keep).map(|i| i + 1).unwrap_or(s)
    } else {
        d.len()
    };
    let out = d[s..e.max(s)].to_vec();
    result(vm, args[0], out)
}
fn strip(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    strip_impl(vm, args, true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    strip_impl(vm, args, true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    strip_impl(vm, args, false, true)
}

fn split_args(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<(Option<Vec<u8>>, i64)> {
    super::only_kw(vm, "split", kw, &["sep", "maxsplit"])?;
    arity(vm, "split", &args[1..], 0, 2)?;
    let sep = match arg(args, kw, 0, "sep") {
        Some(s) if !s.is_none() => {
            let s = vm.bytes_arg(s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match arg(args, kw, 1, "maxsplit") {
        Some(m) => vm.to_i64_index(m, "")?,
        None => -1,
    };
    Ok((sep, if max < 0 { i64::MAX } else { max }))
}

fn parts_list(vm: &mut Vm, recv: Value, parts: Vec<Vec<u8>>) -> PyResult {
    let vals: Vec<Value> = parts
        .into_iter()
        .map(|p| vm.new_bytes_as(recv, p))
        .collect();
    Ok(vm.new_list(&vals))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (sep, mut max) = split_args(vm, args, kw)?;
    let h = data(args[0]);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut start = 0;
            while max > 0 {
                match find_bytes(&h[start..], &sep) {
                    Some(p) => {
                        parts.push(h[start..start + p].to_vec());
                        start += p + sep.len();
                        max -= 1;
                    }
                    None => break,
                }
            }
            parts.push(h[start..].to_vec());
        }
        None => {
            let mut i = 0;
            while i < h.len() && is_space(h[i]) {
                i += 1;
            }
            while i < h.len() {
                if max == 0 {
                    parts.push(h[i..].to_vec());
                    break;
                }
                let s = i;
                while i < h.len() && !is_space(h[i]) {
                    i += 1;
                }
                parts.push(h[s..i].to_vec());
                max -= 1;
                while i < h.len() && is_space(h[i]) {
                    i += 1;
                }
            }
        }
    }
    parts_list(vm, args[0], parts)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (sep, mut max) = split_args(vm, args, kw)?;
    let h = data(args[0]);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = h.len();
            while max > 0 {
                match rfind_bytes(&h[..end], &sep) {
                    Some(p) => {
                        parts.push(h[p + sep.len()..end].to_vec());
                        end = p;
                        max -= 1;
                    }
                    None => break,
                }
            }
            parts.push(h[..end].to_vec());
        }
        None => {
            let mut i = h.len();
            while i > 0 && is_space(h[i - 1]) {
                i -= 1;
            }
            while i > 0 {
                if max == 0 {
                    parts.push(h[..i].to_vec());
                    break;
                }
                let e = i;
                while i > 0 && !is_space(h[i - 1]) {
                    i -= 1;
                }
                parts.push(h[i..e].to_vec());
                max -= 1;
                while i > 0 && is_space(h[i - 1]) {
                    i -= 1;
                }
            }
        }
    }
    parts.reverse();
    parts_list(vm, args[0], parts)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    super::only_kw(vm, "splitlines", kw, &["keepends"])?;
    let keep = match arg(args, kw, 0, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let h = data(args[0]);
    let mut parts = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < h.len() {
        let c = h[i];
        if c == b'\n' || c == b'\r' {
            let mut e = i + 1;
            if c == b'\r' && h.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            parts.push(h[start..if keep { e } else { i }].to_vec());
            start = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if start < h.len() {
        parts.push(h[start..].to_vec());
    }
    parts_list(vm, args[0], parts)
}

fn partition_impl(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult {
    arity(vm, "partition", &args[1..], 1, 1)?;
    let sep = vm.bytes_arg(args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let h = data(args[0]);
    let found = if rev {
        rfind_bytes(h, &sep)
    } else {
        find_bytes(h, &sep)
    };
    let (a, b, c) = match found {
        Some(p) => (h[..p].to_vec(), sep.clone(), h[p + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), h.to_vec()),
        None => (h.to_vec(), Vec::new(), Vec::new()),
    };
    let items = [
        vm.new_bytes_as(args[0], a),
        vm.new_bytes_as(args[0], b),
        vm.new_bytes_as(args[0], c),
    ];
    Ok(vm.new_tuple(&items))
}
fn partition(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    partition_impl(vm, args, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "replace", &args[1..], 2, 3)?;
    let old = vm.bytes_arg(args[1])?;
    let new = vm.bytes_arg(args[2])?;
    let mut max = match args.get(3) {
        Some(&m) => vm.to_i64_index(m, "")?,
        None => -1,
    };
    if max < 0 {
        max = i64::MAX;
    }
    let h = data(args[0]);
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end.
        for (i, &c) in h.iter().enumerate() {
            if (i as i64) < max {
                out.extend_from_slice(&new);
            }
            out.push(c);
        }
        if (h.len() as i64) < max {
            out.extend_from_slice(&new);
        }
        return result(vm, args[0], out);
    }
    let mut i = 0;
    while max > 0 {
        match find_bytes(&h[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&h[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                max -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&h[i..]);
    result(vm, args[0], out)
}

// ----- padding -----

fn justify(vm: &mut Vm, args: &[Value], name: &str, how: char) -> PyResult {
    arity(vm, name, &args[1..], 1, 2)?;
    let width = vm.to_i64_index(args[1], "")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(&f) => match bytes_like(f) {
            Some(d) if d.len() == 1 => d[0],
            _ => {
                let tn = vm.type_name(f);
                let what = if bytes_like(f).is_some() {
                    format!(
                        "a byte string of length {}",
                        bytes_like(f).unwrap_or(&[]).len()
                    )
                } else {
                    tn
                };
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {what}"
                )));
            }
        },
        None => b' ',
    };
    let d = data(args[0]);
    let n = d.len();
    if n >= width {
        let d = d.to_vec();
        return result(vm, args[0], d);
    }
    let pad = width - n;
    let (l, r) = match how {
        '<' => (0, pad),
        '>' => (pad, 0),
        _ => {
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, r));
    result(vm, args[0], out)
}
fn center(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    justify(vm, args, "center", '^')
}
fn ljust(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    justify(vm, args, "ljust", '<')
}
fn rjust(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    justify(vm, args, "rjust", '>')
}
fn zfill(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "zfill", &args[1..], 1, 1)?;
    let width = vm.to_i64_index(args[1], "")?.max(0) as usize;
    let d = data(args[0]);
    if d.len() >= width {
        let d = d.to_vec();
        return result(vm, args[0], d);
    }
    let (sign, rest) = if !d.is_empty() && (d[0] == b'+' || d[0] == b'-') {
        (&d[..1], &d[1..])
    } else {
        (&d[..0], d)
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', width - d.len()));
    out.extend_from_slice(rest);
    result(vm, args[0], out)
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let tab = match arg(args, kw, 0, "tabsize") {
        Some(v) => vm.to_i64_index(v, "")?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &c in data(args[0]) {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    result(vm, args[0], out)
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "removeprefix", &args[1..], 1, 1)?;
    let p = vm.bytes_arg(args[1])?;
    let d = data(args[0]);
    let out = d.strip_prefix(p.as_slice()).unwrap_or(d).to_vec();
    result(vm, args[0], out)
}
fn removesuffix(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "removesuffix", &args[1..], 1, 1)?;
    let p = vm.bytes_arg(args[1])?;
    let d = data(args[0]);
    let out = d.strip_suffix(p.as_slice()).unwrap_or(d).to_vec();
    result(vm, args[0], out)
}

fn maketrans(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "maketrans", args, 2, 2)?;
    let from = vm.bytes_arg(args[0])?;
    let to = vm.bytes_arg(args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(&table))
}

fn translate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "translate", &args[1..], 1, 2)?;
    let table = match args[1] {
        t if t.is_none() => None,
        t => {
            let d = vm.bytes_arg(t)?;
            if d.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(d)
        }
    };
    let delete = match arg(args, kw, 1, "delete") {
        Some(d) => vm.bytes_arg(d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data(args[0])
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c))
        .collect();
    result(vm, args[0], out)
}

// ----- dunders -----

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.new_int(data(args[0]).len() as i64))
}
fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    vm.bytes_getitem(args[0], args[1])
}
fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__contains__", &args[1..], 1, 1)?;
    let r = vm.bytes_contains(args[0], args[1])?;
    Ok(Value::bool(r))
}
fn dunder_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__add__", &args[1..], 1, 1)?;
    if bytes_like(args[1]).is_none() {
        return Ok(Value::not_implemented());
    }
    Ok(vm
        .bytes_binop(0, args[0], args[1])?
        .unwrap_or(Value::not_implemented()))
}
fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__mul__", &args[1..], 1, 1)?;
    Ok(vm
        .bytes_binop(5, args[0], args[1])?
        .unwrap_or(Value::not_implemented()))
}
fn dunder_mod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__mod__", &args[1..], 1, 1)?;
    vm.bytes_percent_format(args[0], args[1])
}
fn dunder_eq(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    match args.get(1).and_then(|&b| bytes_like(b)) {
        Some(b) => Ok(Value::bool(data(args[0]) == b)),
        None => Ok(Value::not_implemented()),
    }
}
fn dunder_lt(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    match args.get(1).and_then(|&b| bytes_like(b)) {
        Some(b) => Ok(Value::bool(data(args[0]) < b)),
        None => Ok(Value::not_implemented()),
    }
}
fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let h = vm.hash(args[0])?;
    Ok(vm.new_int(h))
}
fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.get_iter(args[0])
}
fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.repr(args[0])
}

// ----- bytearray mutation -----

fn ba_append(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "append", &args[1..], 1, 1)?;
    let b = vm.byte_value(args[1])?;
    bytearray_vec(args[0]).push(b);
    Ok(Value::none())
}
fn ba_extend(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "extend", &args[1..], 1, 1)?;
    let v = args[1];
    if as_int(v).is_some() {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
    }
    if is_str(v) {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let d = vm.bytes_from_object(v)?;
    bytearray_vec(args[0]).extend_from_slice(&d);
    Ok(Value::none())
}
fn ba_insert(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "insert", &args[1..], 2, 2)?;
    let i = vm.to_i64_index(args[1], "")?;
    let b = vm.byte_value(args[2])?;
    let buf = bytearray_vec(args[0]);
    let n = buf.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    buf.insert(at as usize, b);
    Ok(Value::none())
}
fn ba_pop(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => vm.to_i64_index(v, "")?,
        None => -1,
    };
    let buf = bytearray_vec(args[0]);
    if buf.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match crate::objects::seq::norm_index(i, buf.len()) {
        Some(j) => Ok(Value::small(buf.remove(j) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}
fn ba_remove(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "remove", &args[1..], 1, 1)?;
    let b = vm.byte_value(args[1])?;
    let buf = bytearray_vec(args[0]);
    match buf.iter().position(|&c| c == b) {
        Some(j) => {
            buf.remove(j);
            Ok(Value::none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}
fn ba_reverse(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "reverse", &args[1..], 0, 0)?;
    bytearray_vec(args[0]).reverse();
    Ok(Value::none())
}
fn ba_clear(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "clear", &args[1..], 0, 0)?;
    bytearray_vec(args[0]).clear();
    Ok(Value::none())
}
fn ba_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "copy", &args[1..], 0, 0)?;
    let d = bytearray_vec(args[0]).clone();
    Ok(vm.new_bytearray(d))
}
fn ba_setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__setitem__", &args[1..], 2, 2)?;
    vm.bytearray_setitem(args[0], args[1], args[2])?;
    Ok(Value::none())
}
fn ba_delitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__delitem__", &args[1..], 1, 1)?;
    vm.bytearray_delitem(args[0], args[1])?;
    Ok(Value::none())
}
fn ba_iadd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__iadd__", &args[1..], 1, 1)?;
    debug_assert!(is_bytearray(args[0]));
    Ok(vm
        .bytearray_inplace(0, args[0], args[1])?
        .unwrap_or(Value::not_implemented()))
}
