//! Methods of str and bytes, and str indexing/slicing.

use super::{arity, kwarg};
use crate::heap::{self, has_layout};
use crate::layout::*;
use crate::objects::int::{as_int, Int};
use crate::objects::seq::norm_index;
use crate::objects::str::{
    char_len, decimal_value, is_ascii, is_cased, is_linebreak, is_str, push_casefold, push_title,
    py_space, text,
};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let m: &[(&'static str, NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem_m),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__mod__", str_mod),
        ("__eq__", str_eq),
        ("__lt__", str_lt),
        ("__hash__", str_hash_m),
        ("__str__", str_str),
        ("__repr__", str_repr_m),
        ("__format__", str_format_m),
    ];
    let t = vm.types.str;
    for &(n, f) in m {
        vm.add_method(t, n, f);
    }
    let mk = vm.intern("maketrans");
    let f = vm.native("maketrans", "str.maketrans", maketrans);
    let w = vm.new_wrapper(
        crate::objects::types::WrapKind::StaticMethod,
        f,
        Value::none(),
        Value::none(),
    );
    vm.type_set(t, mk, w);
}

fn s_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    if is_str(v) {
        Ok(text(v).to_string())
    } else {
        let tn = vm.type_name(v);
        Err(vm.type_error(format!("{what} must be str, not {tn}")))
    }
}

impl Vm {
    /// str[i] and str[a:b:c].
    pub fn str_getitem(&mut self, s: Value, k: Value) -> PyResult {
        if let Some(i) = as_int(k) {
            let n = match i {
                Int::S(n) => n,
                Int::B(_) => i64::MAX,
            };
            return match norm_index(n, char_len(s)) {
                Some(j) => Ok(self.str_char_at(s, j)),
                None => Err(self.index_error("string index out of range")),
            };
        }
        if has_layout(k, LayoutId::Slice) {
            let len = char_len(s);
            let (start, _, step, count) = self.slice_indices(k, len)?;
            if step == 1 && is_ascii(s) {
                let b = &text(s)[start as usize..start as usize + count];
                let b = b.to_string();
                return Ok(self.new_str(&b));
            }
            if step == 1 {
                let a = crate::objects::str::byte_offset(s, start as usize);
                let b = crate::objects::str::byte_offset(s, start as usize + count);
                let sub = text(s)[a..b].to_string();
                return Ok(self.new_str(&sub));
            }
            let chars: Vec<char> = text(s).chars().collect();
            let out: String = (0..count)
                .map(|i| chars[(start + i as i64 * step) as usize])
                .collect();
            return Ok(self.new_str(&out));
        }
        if let Some(n) = self.index_hook(k)? {
            return self.str_getitem(s, Value::small(n));
        }
        let kn = self.type_name(k);
        Err(self.type_error(format!("string indices must be integers, not '{kn}'")))
    }
}

fn str_getitem_m(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    vm.str_getitem(args[0], args[1])
}
fn str_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.new_int(char_len(args[0]) as i64))
}
fn str_contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = vm.contains(args[0], args[1])?;
    Ok(Value::bool(r))
}
fn str_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if !is_str(args[1]) {
        return Ok(Value::not_implemented());
    }
    vm.binary_op(0, args[0], args[1])
}
fn str_mul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.binary_op(5, args[0], args[1])
}
fn str_mod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.percent_format(args[0], args[1])
}
fn str_eq(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if !is_str(args[1]) {
        return Ok(Value::not_implemented());
    }
    Ok(Value::bool(text(args[0]) == text(args[1])))
}
fn str_lt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if !is_str(args[1]) {
        return Ok(Value::not_implemented());
    }
    vm.compare_op(0, args[0], args[1])
}
fn str_hash_m(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let h = crate::objects::str::str_hash(args[0]);
    Ok(vm.new_int(h))
}
fn str_str(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0])
}
fn str_repr_m(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.repr(args[0])
}
fn str_format_m(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__format__", &args[1..], 1, 1)?;
    let spec = text(args[1]).to_string();
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(&s))
}

fn join(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "join", &args[1..], 1, 1)?;
    let sep = text(args[0]);
    let items = vm.collect_iterable(args[1])?;
    let mut out = String::new();
    for (i, &x) in items.iter().enumerate() {
        if !is_str(x) {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {tn} found"
            )));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(text(x));
    }
    Ok(vm.new_str(&out))
}

fn split_args(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<(Option<String>, i64)> {
    let sep = args
        .get(1)
        .copied()
        .or(kwarg(kw, "sep"))
        .filter(|v| !v.is_none());
    let sep = match sep {
        Some(v) => {
            if !is_str(v) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
            let s = text(v).to_string();
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    let max = match args.get(2).copied().or(kwarg(kw, "maxsplit")) {
        Some(m) => vm.to_i64_index(m, "")?,
        None => -1,
    };
    Ok((sep, max))
}

fn strs_to_list(vm: &mut Vm, parts: Vec<&str>) -> Value {
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(&vals)
}

fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (sep, max) = split_args(vm, args, kw)?;
    let s = text(args[0]);
    let parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                s.split(sep.as_str()).collect()
            } else {
                s.splitn(max as usize + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest);
                    break;
                }
                match rest.find(py_space) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = rest[i..].trim_start_matches(py_space);
                    }
                    None => {
                        out.push(rest);
                        rest = "";
                    }
                }
                n += 1;
            }
            out
        }
    };
    Ok(strs_to_list(vm, parts))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (sep, max) = split_args(vm, args, kw)?;
    let s = text(args[0]);
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep.as_str()).collect()
            } else {
                s.rsplitn(max as usize + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest);
                    break;
                }
                match rest.rfind(py_space) {
                    Some(i) => {
                        let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                        out.push(&rest[i + w..]);
                        rest = rest[..i].trim_end_matches(py_space);
                    }
                    None => {
                        out.push(rest);
                        rest = "";
                    }
                }
                n += 1;
            }
            out
        }
    };
    parts.reverse();
    Ok(strs_to_list(vm, parts))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let keep = match args.get(1).copied().or(kwarg(kw, "keepends")) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let s = text(args[0]);
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && it.peek().map(|&(_, n)| n) == Some('\n') {
                it.next();
                end += 1;
            }
            out.push(if keep { &s[start..end] } else { &s[start..i] });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    Ok(strs_to_list(vm, out))
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult {
    arity(vm, "strip", &args[1..], 0, 1)?;
    let s = text(args[0]);
    let chars: Option<Vec<char>> = match args.get(1) {
        Some(&c) if !c.is_none() => Some(s_arg(vm, c, "strip arg")?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => py_space(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(args[0]);
    }
    let r = r.to_string();
    Ok(vm.new_str(&r))
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

fn replace(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "replace", &args[1..], 2, 3)?;
    let s = text(args[0]);
    let old = s_arg(vm, args[1], "replace() argument 1")?;
    let new = s_arg(vm, args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(&c) => vm.to_i64_index(c, "")?,
        None => -1,
    };
    let r = if count < 0 {
        s.replace(&old, &new)
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(&new);
        }
        out
    } else {
        s.replacen(&old, &new, count as usize)
    };
    Ok(vm.new_str(&r))
}

/// (start, end) byte offsets of optional slice arguments (CPython's ADJUST_INDICES);
/// None when start > end, where nothing (not even "") is found.
fn bounds(vm: &mut Vm, s: Value, args: &[Value]) -> PyResult<Option<(usize, usize)>> {
    let (start, end) = super::bytes::span(vm, char_len(s), args)?;
    if start > end {
        return Ok(None);
    }
    Ok(Some((
        crate::objects::str::byte_offset(s, start as usize),
        crate::objects::str::byte_offset(s, end as usize),
    )))
}

/// The char index of byte offset `byte` in str `v` (O(1) on ASCII strings).
fn char_index(v: Value, byte: usize) -> i64 {
    crate::objects::str::char_index_of(v, byte) as i64
}

fn find_impl(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<i64> {
    if args.len() < 2 {
        return Err(vm.type_error("find() takes at least 1 argument (0 given)"));
    }
    let sub = s_arg(vm, args[1], "must be str")?;
    let Some((a, b)) = bounds(vm, args[0], &args[2..])? else {
        return Ok(-1);
    };
    let s = text(args[0]);
    let hay = &s[a..b];
    let r = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(match r {
        Some(i) => char_index(args[0], a + i),
        None => -1,
    })
}
fn find(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = find_impl(vm, args, false)?;
    Ok(Value::small(r))
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = find_impl(vm, args, true)?;
    Ok(Value::small(r))
}
fn index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = find_impl(vm, args, false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::small(r))
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = find_impl(vm, args, true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::small(r))
}

fn count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("count() takes at least 1 argument (0 given)"));
    }
    let sub = s_arg(vm, args[1], "must be str")?;
    let Some((a, b)) = bounds(vm, args[0], &args[2..])? else {
        return Ok(Value::small(0));
    };
    let hay = &text(args[0])[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(&sub).count()
    };
    Ok(Value::small(n as i64))
}

fn starts_ends(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("startswith() takes at least 1 argument (0 given)"));
    }
    let Some((a, b)) = bounds(vm, args[0], &args[2..])? else {
        return Ok(Value::false_());
    };
    let hay = &text(args[0])[a..b];
    let pats: Vec<Value> = if has_layout(args[1], LayoutId::Tuple) {
        heap::items(args[1]).to_vec()
    } else {
        vec![args[1]]
    };
    for p in pats {
        if !is_str(p) {
            let tn = vm.type_name(p);
            let which = if ends { "endswith" } else { "startswith" };
            return Err(vm.type_error(format!(
                "{which} first arg must be str or a tuple of str, not {tn}"
            )));
        }
        let ok = if ends {
            hay.ends_with(text(p))
        } else {
            hay.starts_with(text(p))
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

fn map_str(vm: &mut Vm, args: &[Value], f: impl Fn(&str) -> String) -> PyResult {
    let r = f(text(args[0]));
    Ok(vm.new_str(&r))
}
fn upper(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_str(vm, args, |s| s.to_uppercase())
}
fn lower(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_str(vm, args, |s| s.to_lowercase())
}
fn capitalize(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_str(vm, args, |s| {
        let mut c = s.chars();
        let mut out = String::with_capacity(s.len());
        if let Some(f) = c.next() {
            push_title(f, &mut out);
            out.push_str(&c.as_str().to_lowercase());
        }
        out
    })
}
fn title(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_str(vm, args, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                push_title(c, &mut out);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}
fn swapcase(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_str(vm, args, |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}
fn casefold(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    map_str(vm, args, |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            push_casefold(c, &mut out);
        }
        out
    })
}

fn pred(args: &[Value], f: impl Fn(char) -> bool) -> PyResult {
    let s = text(args[0]);
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}
fn isdigit(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| decimal_value(c).is_some() || is_other_digit(c))
}
fn isdecimal(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| decimal_value(c).is_some())
}
/// Digits that are not decimal (Numeric_Type=Digit: superscripts, circled digits...).
fn is_other_digit(c: char) -> bool {
    matches!(c as u32, 178..=179 | 185 | 4969..=4977 | 6618 | 8304 | 8308..=8313 | 8320..=8329
        | 9312..=9320 | 9332..=9340 | 9352..=9360 | 9450 | 9461..=9469 | 9471
        | 10102..=10110 | 10112..=10120 | 10122..=10130 | 68160..=68163 | 69216..=69224
        | 69714..=69722 | 127232..=127242)
}
fn isnumeric(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| c.is_numeric())
}
fn isalpha(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| c.is_alphabetic())
}
fn isalnum(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, |c| c.is_alphanumeric())
}
fn isspace(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    pred(args, py_space)
}
fn isascii(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(text(args[0]).is_ascii()))
}
fn isprintable(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = text(args[0]);
    Ok(Value::bool(s.chars().all(crate::objects::str::printable)))
}
fn isupper(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = text(args[0]);
    Ok(Value::bool(
        s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()),
    ))
}
fn islower(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = text(args[0]);
    Ok(Value::bool(
        s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()),
    ))
}
fn istitle(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = text(args[0]);
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || crate::objects::str::is_titlecase(c) {
            if prev_cased {
                return Ok(Value::false_());
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
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
fn isidentifier(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = text(args[0]);
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => {
            (c.is_alphabetic() || c == '_')
                && cs.all(|c| c.is_alphabetic() || decimal_value(c).is_some() || c == '_')
        }
        None => false,
    };
    Ok(Value::bool(ok))
}

fn justify(vm: &mut Vm, args: &[Value], how: char) -> PyResult {
    arity(vm, "center", &args[1..], 1, 2)?;
    let width = vm.to_i64_index(args[1], "")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(&f) => {
            let fs = s_arg(vm, f, "The fill character")?;
            if fs.chars().count() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            fs.chars().next().unwrap_or(' ')
        }
        None => ' ',
    };
    let s = text(args[0]);
    let n = char_len(args[0]);
    if n >= width {
        return Ok(args[0]);
    }
    let pad = width - n;
    let (l, r) = match how {
        '<' => (0, pad),
        '>' => (pad, 0),
        _ => {
            // CPython: left = pad/2 + (pad & width & 1)
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let out = format!(
        "{}{}{}",
        fill.to_string().repeat(l),
        s,
        fill.to_string().repeat(r)
    );
    Ok(vm.new_str(&out))
}
fn center(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    justify(vm, args, '^')
}
fn ljust(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    justify(vm, args, '<')
}
fn rjust(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    justify(vm, args, '>')
}
fn zfill(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "zfill", &args[1..], 1, 1)?;
    let width = vm.to_i64_index(args[1], "")?.max(0) as usize;
    let s = text(args[0]);
    let n = char_len(args[0]);
    if n >= width {
        return Ok(args[0]);
    }
    let (sign, rest) = if s.starts_with(['+', '-']) {
        (&s[..1], &s[1..])
    } else {
        ("", s)
    };
    let out = format!("{sign}{}{rest}", "0".repeat(width - n));
    Ok(vm.new_str(&out))
}

fn format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let f = text(args[0]).to_string();
    let s = vm.str_format(&f, &args[1..], kw)?;
    Ok(vm.new_str(&s))
}

fn format_map(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "format_map", &args[1..], 1, 1)?;
    let f = text(args[0]).to_string();
    let s = vm.str_format_map(&f, args[1])?;
    Ok(vm.new_str(&s))
}

fn encode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    super::only_kw(vm, "encode", kw, &["encoding", "errors"])?;
    arity(vm, "encode", &args[1..], 0, 2)?;
    let enc = args.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let errors = args.get(2).copied().or_else(|| kwarg(kw, "errors"));
    let (codec, errs) = vm.codec_args(enc, errors)?;
    let d = vm.encode_str(args[0], codec, &errs)?;
    Ok(vm.new_bytes(&d))
}

fn partition_impl(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult {
    arity(vm, "partition", &args[1..], 1, 1)?;
    let sep = s_arg(vm, args[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s = text(args[0]);
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let (a, b, c) = match found {
        Some(i) => (&s[..i], sep.as_str(), &s[i + sep.len()..]),
        None => {
            if rev {
                ("", "", s)
            } else {
                (s, "", "")
            }
        }
    };
    let (a, b, c) = (a.to_string(), b.to_string(), c.to_string());
    let va = vm.new_str(&a);
    let vb = vm.new_str(&b);
    let vc = vm.new_str(&c);
    Ok(vm.new_tuple(&[va, vb, vc]))
}
fn partition(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    partition_impl(vm, args, true)
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let size = match args.get(1).copied().or(kwarg(kw, "tabsize")) {
        Some(v) => vm.to_i64_index(v, "")?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in text(args[0]).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(&out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "removeprefix", &args[1..], 1, 1)?;
    let p = s_arg(vm, args[1], "removeprefix() argument")?;
    match text(args[0]).strip_prefix(p.as_str()) {
        Some(r) => {
            let r = r.to_string();
            Ok(vm.new_str(&r))
        }
        None => Ok(args[0]),
    }
}
fn removesuffix(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "removesuffix", &args[1..], 1, 1)?;
    let p = s_arg(vm, args[1], "removesuffix() argument")?;
    match text(args[0]).strip_suffix(p.as_str()) {
        Some(r) => {
            let r = r.to_string();
            Ok(vm.new_str(&r))
        }
        None => Ok(args[0]),
    }
}

fn maketrans(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = vm.new_dict();
    if args.len() == 1 {
        for (k, v) in vm.dict_items_vec(args[0]) {
            let k = if is_str(k) {
                Value::small(text(k).chars().next().map(|c| c as i64).unwrap_or(0))
            } else {
                k
            };
            vm.dict_set(d, k, v)?;
        }
        return Ok(d);
    }
    let (a, b) = (text(args[0]), text(args[1]));
    if a.chars().count() != b.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (x, y) in a.chars().zip(b.chars()) {
        vm.dict_set(d, Value::small(x as i64), Value::small(y as i64))?;
    }
    if let Some(&z) = args.get(2) {
        for c in text(z).chars() {
            vm.dict_set(d, Value::small(c as i64), Value::none())?;
        }
    }
    Ok(d)
}

fn translate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "translate", &args[1..], 1, 1)?;
    let table = args[1];
    let mut out = String::new();
    for c in text(args[0]).chars().collect::<Vec<_>>() {
        let cp = coil_syntax::strings::char_code_point(c);
        match vm.mapping_get(table, Value::small(cp as i64))? {
            None => out.push(c),
            Some(v) if v.is_none() => {}
            Some(v) if is_str(v) => out.push_str(text(v)),
            Some(v) => match as_int(v) {
                Some(Int::S(n)) => out.push(
                    u32::try_from(n)
                        .ok()
                        .and_then(coil_syntax::strings::code_point_char)
                        .unwrap_or('?'),
                ),
                _ => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(vm.new_str(&out))
}
