//! Text formatting: the format-spec mini-language (format(), str.format, f-strings),
//! %-formatting, and float formatting in CPython's e/f/g styles.

use crate::heap::{self, has_layout};
use crate::layout::*;
use crate::objects::float::{float_repr, float_value, is_float};
use crate::objects::int::{as_int, is_int, Int};
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A parsed format spec.
#[derive(Default, Debug, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(s: &str) -> Option<Spec> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        sp.width = Some(cs[start..i].iter().collect::<String>().parse().ok()?);
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let st = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return None;
        }
        sp.precision = Some(cs[st..i].iter().collect::<String>().parse().ok()?);
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i != cs.len() {
        return None;
    }
    Some(sp)
}

/// CPython's check of a grouping option against the presentation type (after parsing).
pub fn grouping_error(sp: &Spec) -> Option<String> {
    let g = sp.grouping?;
    match sp.ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => None,
        Some('b' | 'o' | 'x' | 'X') if g == '_' => None,
        Some(t) => Some(if (' '..='~').contains(&t) {
            format!("Cannot specify '{g}' with '{t}'.")
        } else {
            format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32)
        }),
    }
}

/// Insert thousands separators into a run of digits.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pad `body` (with sign/prefix split off for '=' alignment) to the spec's width.
fn pad(sp: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let width = sp.width.unwrap_or(0);
    // CPython: a '0' flag without an explicit fill pads with '0', and for numbers
    // (default alignment '>') without an explicit alignment aligns with '='.
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let align = sp
        .align
        .unwrap_or(if sp.zero && sp.fill.is_none() && default_align == '>' {
            '='
        } else {
            default_align
        });
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return format!("{sign}{body}");
    }
    let padn = width - len;
    let f: String = std::iter::repeat_n(fill, padn).collect();
    match align {
        '<' => format!("{sign}{body}{f}"),
        '>' => format!("{f}{sign}{body}"),
        '^' => {
            let left: String = std::iter::repeat_n(fill, padn / 2).collect();
            let right: String = std::iter::repeat_n(fill, padn - padn / 2).collect();
            format!("{left}{sign}{body}{right}")
        }
        _ => format!("{sign}{f}{body}"),
    }
}

/// Pad text that has no sign to split off (complex numbers, strings).
pub fn pad_text(sp: &Spec, body: &str, default_align: char) -> String {
    pad(sp, "", body, default_align)
}

/// Pad a number: `body` is its digits (integer part first, then any fraction/exponent);
/// grouping applies to the integer part and, with '0' padding, to the padding too.
fn pad_number(sp: &Spec, sign: &str, body: &str, every: usize) -> String {
    let Some(g) = sp.grouping else {
        return pad(sp, sign, body, '>');
    };
    let split = if every == 4 {
        body.len()
    } else {
        body.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len())
    };
    let (int_part, rest) = body.split_at(split);
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if sp.zero && sp.fill.is_none() {
        '='
    } else {
        '>'
    });
    let zero_fill = fill == '0' && align == '=';
    if let (Some(w), true) = (sp.width, zero_fill) {
        let mut n = int_part.len();
        let mut grouped = group(int_part, g, every);
        let fixed = sign.chars().count() + rest.chars().count();
        while fixed + grouped.chars().count() < w {
            n += 1;
            grouped = group(&format!("{:0>n$}", int_part), g, every);
        }
        return format!("{sign}{grouped}{rest}");
    }
    let body = format!("{}{rest}", group(int_part, g, every));
    pad(sp, sign, &body, '>')
}

/// Rust's `{:.Ne}` text rewritten with CPython's exponent (`e+05`).
pub fn fix_exp(s: &str, upper: bool) -> String {
    let (m, e) = match s.find('e') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => return s.to_string(),
    };
    let (sign, digits) = if let Some(d) = e.strip_prefix('-') {
        ('-', d)
    } else {
        ('+', e)
    };
    let out = format!("{m}e{sign}{:0>2}", digits);
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// Beyond this many digits after the point (or significant digits) an f64's decimal
/// expansion is all zeros; longer precisions are padded, never given to `format!`
/// (whose precision is bounded).
const FLOAT_DIGITS: usize = 1100;

/// `s` (fixed or exponent text from `format!`) with `extra` zeros after its digits.
fn pad_zeros(s: String, extra: usize) -> String {
    if extra == 0 {
        return s;
    }
    let zeros = "0".repeat(extra);
    match s.find(['e', 'E', '%']) {
        Some(i) => format!("{}{zeros}{}", &s[..i], &s[i..]),
        None => s + &zeros,
    }
}

/// Format a finite or special float in style e/f/g/%/None (repr-like) with a precision.
pub fn format_float(x: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> String {
    if let Some(p) = precision.filter(|&p| p > FLOAT_DIGITS) {
        if x.is_finite() && matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%')) {
            let s = format_float(x, ty, Some(FLOAT_DIGITS), alt);
            return pad_zeros(s, p - FLOAT_DIGITS);
        }
        return format_float(x, ty, Some(FLOAT_DIGITS), alt);
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let pct = if ty == Some('%') { "%" } else { "" };
    if x.is_nan() {
        return if upper {
            "NAN".into()
        } else {
            format!("nan{pct}")
        };
    }
    if x.is_infinite() {
        let s = if x > 0.0 { "inf" } else { "-inf" };
        return if upper {
            s.to_uppercase()
        } else {
            format!("{s}{pct}")
        };
    }
    match ty {
        Some('f' | 'F') => {
            let p = precision.unwrap_or(6);
            let s = format!("{:.*}", p, x);
            if alt && p == 0 {
                format!("{s}.")
            } else {
                s
            }
        }
        Some('e' | 'E') => {
            let p = precision.unwrap_or(6);
            fix_exp(&format!("{:.*e}", p, x), upper)
        }
        Some('%') => {
            let p = precision.unwrap_or(6);
            format!("{:.*}%", p, x * 100.0)
        }
        Some('g' | 'G' | 'n') => format_g(x, precision.unwrap_or(6), alt, upper, false),
        _ => match precision {
            None => float_repr(x),
            Some(p) => format_g(x, p, alt, false, true),
        },
    }
}

/// The 'g' style; `repr_like` keeps a ".0" on integral fixed output (the None type).
fn format_g(x: f64, p: usize, alt: bool, upper: bool, repr_like: bool) -> String {
    let p = p.max(1);
    if x == 0.0 {
        let s = if x.is_sign_negative() { "-0" } else { "0" };
        if alt {
            return format!("{s}.{}", "0".repeat(p - 1));
        }
        return if repr_like {
            format!("{s}.0")
        } else {
            s.to_string()
        };
    }
    let e_txt = format!("{:.*e}", p - 1, x);
    let exp: i32 = e_txt[e_txt.find('e').map(|i| i + 1).unwrap_or(0)..]
        .parse()
        .unwrap_or(0);
    // The None presentation type switches to exponent notation one digit earlier.
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    let mut s = if exp >= -4 && exp < limit.max(if repr_like { 0 } else { 1 }) {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        format!("{:.*}", decimals, x)
    } else {
        fix_exp(&e_txt, upper)
    };
    if !alt {
        // Strip trailing zeros of the fraction.
        let (mant, exp_part) = match s.find(['e', 'E']) {
            Some(i) => (s[..i].to_string(), s[i..].to_string()),
            None => (s.clone(), String::new()),
        };
        let mut m = mant;
        if m.contains('.') {
            while m.ends_with('0') {
                m.pop();
            }
            if m.ends_with('.') {
                m.pop();
            }
        }
        if repr_like && exp_part.is_empty() && !m.contains('.') {
            m.push_str(".0");
        }
        s = format!("{m}{exp_part}");
    }
    s
}

impl Vm {
    /// format(v, spec).
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if has_layout(v, LayoutId::Instance) {
            let u = self.unwrap_for(v, self.names.format);
            if u != v {
                return self.format(u, spec);
            }
            let t = self.type_of(v);
            if let Some(m) = self.lookup(t, self.names.format) {
                if !has_layout(m, LayoutId::Native) {
                    let s = self.new_str(spec);
                    let r = self.call(m, &[v, s])?;
                    if !is_str(r) {
                        return Err(self.type_error("__format__ must return a str"));
                    }
                    return Ok(text(r).to_string());
                }
            }
            if spec.is_empty() {
                return self.str_string(v);
            }
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "unsupported format string passed to {tn}.__format__"
            )));
        }
        if spec.is_empty() {
            return self.str_string(v);
        }
        let Some(sp) = parse_spec(spec) else {
            return Err(self.value_error("Invalid format specifier"));
        };
        if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(self.value_error("precision too big"));
        }
        let formattable = is_str(v) || is_int(v) || is_float(v) || has_layout(v, LayoutId::Complex);
        if formattable {
            if let Some(msg) = grouping_error(&sp) {
                return Err(self.value_error(msg));
            }
        }
        if is_str(v) {
            if let Some(t) = sp.ty {
                if t != 's' {
                    return Err(self.value_error(format!(
                        "Unknown format code '{t}' for object of type 'str'"
                    )));
                }
            }
            if sp.sign.is_some() {
                return Err(self.value_error("Sign not allowed in string format specifier"));
            }
            if sp.alt {
                return Err(
                    self.value_error("Alternate form (#) not allowed in string format specifier")
                );
            }
            if sp.align == Some('=') {
                return Err(
                    self.value_error("'=' alignment not allowed in string format specifier")
                );
            }
            let mut s: String = text(v).to_string();
            if let Some(p) = sp.precision {
                s = s.chars().take(p).collect();
            }
            return Ok(pad(&sp, "", &s, '<'));
        }
        if is_int(v) && !matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
            return self.format_int(v, &sp);
        }
        if is_float(v) || is_int(v) {
            let x = if is_float(v) {
                float_value(v)
            } else {
                self.int_to_f64(v)?
            };
            if let Some(t) = sp.ty {
                if !"eEfFgGn%".contains(t) {
                    return Err(self.value_error(format!(
                        "Unknown format code '{t}' for object of type 'float'"
                    )));
                }
            }
            let body = format_float(x.abs(), sp.ty, sp.precision, sp.alt);
            let neg = x.is_sign_negative() && !x.is_nan();
            let sign = if neg {
                "-"
            } else {
                match sp.sign {
                    Some('+') => "+",
                    Some(' ') => " ",
                    _ => "",
                }
            };
            return Ok(pad_number(&sp, sign, &body, 3));
        }
        if has_layout(v, LayoutId::Complex) {
            return self.format_complex(v, &sp);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )))
    }

    fn format_int(&mut self, v: Value, sp: &Spec) -> PyResult<String> {
        let i = as_int(v).expect("int");
        let big = i.to_big();
        let neg = big < dashu_int::IBig::ZERO;
        let mag = if neg { -big } else { big };
        let (digits, prefix) = match sp.ty {
            None | Some('d') | Some('n') => (mag.to_string(), ""),
            Some('b') => (format!("{}", mag.in_radix(2)), "0b"),
            Some('o') => (format!("{}", mag.in_radix(8)), "0o"),
            Some('x') => (format!("{}", mag.in_radix(16)).to_lowercase(), "0x"),
            Some('X') => (format!("{}", mag.in_radix(16)).to_uppercase(), "0X"),
            Some('c') => {
                let n = match i {
                    Int::S(n) => n,
                    _ => -1,
                };
                let c = u32::try_from(n)
                    .ok()
                    .and_then(coil_syntax::strings::code_point_char);
                let Some(c) = c else {
                    return Err(self.overflow_error("%c arg not in range(0x110000)"));
                };
                return Ok(pad(sp, "", &c.to_string(), '>'));
            }
            Some(t) => {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'int'"
                )))
            }
        };
        if sp.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
            4
        } else {
            3
        };
        let sign = if neg {
            "-"
        } else {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        let sign_prefix = format!(
            "{sign}{}",
            if sp.alt {
                if sp.ty == Some('X') {
                    "0X"
                } else {
                    prefix
                }
            } else {
                ""
            }
        );
        Ok(pad_number(sp, &sign_prefix, &digits, every))
    }

    /// FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format with `spec`.
    pub fn format_value(&mut self, v: Value, conv: usize, spec: Value) -> PyResult {
        let v = match conv {
            1 => self.str(v)?,
            2 | 3 => {
                let s = self.repr_string(v)?;
                let s = if conv == 3 { ascii_escape(&s) } else { s };
                self.new_str(&s)
            }
            _ => v,
        };
        let spec_s = if spec.is_empty() { "" } else { text(spec) };
        if spec_s.is_empty() && is_str(v) {
            return Ok(v);
        }
        let s = self.format(v, spec_s)?;
        Ok(self.new_str(&s))
    }

    /// str % args.
    pub fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult {
        let f: Vec<char> = text(fmt).chars().collect();
        let out = self.percent_core(&f, args, false)?;
        Ok(self.new_str(&out))
    }

    /// bytes % args (bytearray % args): the format runs over latin-1 chars.
    pub fn bytes_percent_format(&mut self, fmt: Value, args: Value) -> PyResult {
        let f: Vec<char> = crate::objects::bytes::bytes_like(fmt)
            .expect("bytes-like")
            .iter()
            .map(|&b| b as char)
            .collect();
        let out = self.percent_core(&f, args, true)?;
        let d: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
        Ok(self.new_bytes_as(fmt, d))
    }

    /// `%`-formatting over `f`; in bytes mode `%s`/`%b` take bytes-like values and
    /// `%r`/`%a` give ascii(), and every char of the result is below 256.
    fn percent_core(&mut self, f: &[char], args: Value, bytes: bool) -> PyResult<String> {
        let items: Vec<Value> = if has_layout(args, LayoutId::Tuple) {
            heap::items(args).to_vec()
        } else {
            vec![args]
        };
        let mapping = if crate::objects::dict::is_dict(args)
            || (has_layout(args, LayoutId::Instance) && !has_layout(args, LayoutId::Tuple))
        {
            Some(args)
        } else {
            None
        };
        let mut ai = 0usize;
        let mut out = String::new();
        let mut i = 0;
        let mut used_mapping = false;
        while i < f.len() {
            let c = f[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= f.len() {
                return Err(self.value_error("incomplete format"));
            }
            let mut key_val = None;
            if f[i] == '(' {
                let mut depth = 1;
                let st = i + 1;
                i += 1;
                while i < f.len() && depth > 0 {
                    if f[i] == '(' {
                        depth += 1;
                    } else if f[i] == ')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                let key: String = f[st..i - 1].iter().collect();
                let Some(m) = mapping else {
                    return Err(self.type_error("format requires a mapping"));
                };
                let k = if bytes {
                    let kb: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                    self.new_bytes(&kb)
                } else {
                    self.new_str(&key)
                };
                key_val = Some(self.getitem(m, k)?);
                used_mapping = true;
            }
            let mut sp = Spec::default();
            let mut left = false;
            while i < f.len() && "-+ #0".contains(f[i]) {
                match f[i] {
                    '-' => left = true,
                    '+' => sp.sign = Some('+'),
                    ' ' => {
                        if sp.sign.is_none() {
                            sp.sign = Some(' ')
                        }
                    }
                    '#' => sp.alt = true,
                    _ => sp.zero = true,
                }
                i += 1;
            }
            let mut next_arg = |vm: &mut Vm, ai: &mut usize| -> PyResult<Value> {
                if let Some(v) = key_val.take() {
                    return Ok(v);
                }
                if *ai >= items.len() {
                    return Err(vm.type_error("not enough arguments for format string"));
                }
                *ai += 1;
                Ok(items[*ai - 1])
            };
            if i < f.len() && f[i] == '*' {
                let w = next_arg(self, &mut ai)?;
                sp.width = as_int(w).and_then(|x| {
                    if let Int::S(n) = x {
                        Some(n.max(0) as usize)
                    } else {
                        None
                    }
                });
                i += 1;
            } else {
                let st = i;
                while i < f.len() && f[i].is_ascii_digit() {
                    i += 1;
                }
                if i > st {
                    sp.width = f[st..i].iter().collect::<String>().parse().ok();
                }
            }
            if i < f.len() && f[i] == '.' {
                i += 1;
                if i < f.len() && f[i] == '*' {
                    let p = next_arg(self, &mut ai)?;
                    sp.precision = as_int(p).and_then(|x| {
                        if let Int::S(n) = x {
                            Some(n.max(0) as usize)
                        } else {
                            None
                        }
                    });
                    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
                        return Err(self.overflow_error("Python int too large to convert to C int"));
                    }
                    i += 1;
                } else {
                    let st = i;
                    while i < f.len() && f[i].is_ascii_digit() {
                        i += 1;
                    }
                    let digits: String = f[st..i].iter().collect();
                    let p: u64 = digits.parse().unwrap_or(u64::MAX);
                    if digits.is_empty() {
                        sp.precision = Some(0);
                    } else if p > i32::MAX as u64 {
                        return Err(self.value_error("precision too big"));
                    } else {
                        sp.precision = Some(p as usize);
                    }
                }
            }
            while i < f.len() && "hlL".contains(f[i]) {
                i += 1;
            }
            if i >= f.len() {
                return Err(self.value_error("incomplete format"));
            }
            let conv = f[i];
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            if left {
                sp.align = Some('<');
                sp.zero = false;
            }
            let v = next_arg(self, &mut ai)?;
            let piece = match conv {
                's' | 'b' if bytes => {
                    let d = match crate::objects::bytes::bytes_like(v) {
                        Some(d) => d.to_vec(),
                        None => {
                            let r = if has_layout(v, LayoutId::Instance) {
                                self.call_special(v, self.names.bytes, &[])?
                            } else {
                                None
                            };
                            match r.and_then(crate::objects::bytes::bytes_like) {
                                Some(d) => d.to_vec(),
                                None => {
                                    let tn = self.type_name(v);
                                    return Err(self.type_error(format!(
                                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                                    )));
                                }
                            }
                        }
                    };
                    let mut s: String = d.iter().map(|&b| b as char).collect();
                    if let Some(p) = sp.precision {
                        s = s.chars().take(p).collect();
                    }
                    sp.zero = false;
                    pad(&sp, "", &s, '>')
                }
                'r' | 'a' if bytes => {
                    let mut s = ascii_escape(&self.repr_string(v)?);
                    if let Some(p) = sp.precision {
                        s = s.chars().take(p).collect();
                    }
                    sp.zero = false;
                    pad(&sp, "", &s, '>')
                }
                'c' if bytes => {
                    let c = match crate::objects::bytes::bytes_like(v) {
                        Some(d) if d.len() == 1 => d[0],
                        _ => match as_int(v) {
                            Some(Int::S(n)) if (0..256).contains(&n) => n as u8,
                            Some(_) => return Err(self.overflow_error("%c arg not in range(256)")),
                            None => {
                                return Err(self.type_error(
                                    "%c requires an integer in range(256) or a single byte",
                                ))
                            }
                        },
                    };
                    pad(&sp, "", &(c as char).to_string(), '>')
                }
                's' | 'r' | 'a' => {
                    let mut s = if conv == 's' {
                        self.str_string(v)?
                    } else {
                        self.repr_string(v)?
                    };
                    if conv == 'a' {
                        s = ascii_escape(&s);
                    }
                    if let Some(p) = sp.precision {
                        s = s.chars().take(p).collect();
                    }
                    sp.zero = false;
                    pad(&sp, "", &s, '>')
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let iv = if is_int(v) {
                        v
                    } else if is_float(v) {
                        if conv != 'd' && conv != 'i' && conv != 'u' {
                            return Err(self.type_error(format!(
                                "%{conv} format: an integer is required, not float"
                            )));
                        }
                        let fl = float_value(v).trunc();
                        match crate::objects::float::float_to_big(fl) {
                            Some(b) => self.new_big(b),
                            None => {
                                return Err(
                                    self.overflow_error("cannot convert float infinity to integer")
                                )
                            }
                        }
                    } else {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!(
                            "%{conv} format: a real number is required, not {tn}"
                        )));
                    };
                    let b = as_int(iv).expect("int").to_big();
                    let neg = b < dashu_int::IBig::ZERO;
                    let mag = if neg { -b } else { b };
                    let mut digits = match conv {
                        'x' => format!("{}", mag.in_radix(16)).to_lowercase(),
                        'X' => format!("{}", mag.in_radix(16)).to_uppercase(),
                        'o' => format!("{}", mag.in_radix(8)),
                        _ => mag.to_string(),
                    };
                    if let Some(p) = sp.precision {
                        while digits.len() < p {
                            digits.insert(0, '0');
                        }
                    }
                    let prefix = if sp.alt {
                        match conv {
                            'x' => "0x",
                            'X' => "0X",
                            'o' => "0o",
                            _ => "",
                        }
                    } else {
                        ""
                    };
                    let sign = if neg {
                        "-"
                    } else {
                        match sp.sign {
                            Some('+') => "+",
                            Some(' ') => " ",
                            _ => "",
                        }
                    };
                    sp.precision = None;
                    pad(&sp, &format!("{sign}{prefix}"), &digits, '>')
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = if is_float(v) {
                        float_value(v)
                    } else if is_int(v) {
                        self.int_to_f64(v)?
                    } else {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("must be real number, not {tn}")));
                    };
                    let body =
                        format_float(x.abs(), Some(conv), Some(sp.precision.unwrap_or(6)), sp.alt);
                    let sign = if x.is_sign_negative() && !x.is_nan() {
                        "-"
                    } else {
                        match sp.sign {
                            Some('+') => "+",
                            Some(' ') => " ",
                            _ => "",
                        }
                    };
                    pad(&sp, sign, &body, '>')
                }
                'c' => {
                    let s = if is_str(v) {
                        text(v).to_string()
                    } else if let Some(Int::S(n)) = as_int(v) {
                        u32::try_from(n)
                            .ok()
                            .and_then(coil_syntax::strings::code_point_char)
                            .map(|c| c.to_string())
                            .unwrap_or_default()
                    } else {
                        return Err(self.type_error("%c requires int or char"));
                    };
                    pad(&sp, "", &s, '>')
                }
                _ => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{conv}' ({:#x}) at index {}",
                        conv as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if ai < items.len() && !used_mapping && mapping.is_none() {
            return Err(self.type_error(if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }

    /// str.format(*args, **kwargs).
    pub fn str_format(
        &mut self,
        fmt: &str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<String> {
        self.str_format_in(fmt, args, kw, None)
    }

    /// str.format_map(mapping): names are looked up in `mapping` when they are used.
    pub fn str_format_map(&mut self, fmt: &str, mapping: Value) -> PyResult<String> {
        self.str_format_in(fmt, &[], &[], Some(mapping))
    }

    fn str_format_in(
        &mut self,
        fmt: &str,
        args: &[Value],
        kw: &[(Value, Value)],
        mapping: Option<Value>,
    ) -> PyResult<String> {
        let cs: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        let mut auto = 0usize;
        while i < cs.len() {
            let c = cs[i];
            if c == '{' {
                if i + 1 < cs.len() && cs[i + 1] == '{' {
                    out.push('{');
                    i += 2;
                    continue;
                }
                let mut depth = 1;
                let st = i + 1;
                i += 1;
                while i < cs.len() && depth > 0 {
                    if cs[i] == '{' {
                        depth += 1;
                    } else if cs[i] == '}' {
                        depth -= 1;
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.value_error(if st == cs.len() {
                        "Single '{' encountered in format string"
                    } else {
                        "expected '}' before end of string"
                    }));
                }
                let field: String = cs[st..i - 1].iter().collect();
                let (head, spec) = match field.find(':') {
                    Some(p) => (&field[..p], &field[p + 1..]),
                    None => (&field[..], ""),
                };
                let (name, conv) = match head.find('!') {
                    Some(p) => (&head[..p], Some(&head[p + 1..])),
                    None => (head, None),
                };
                let first_end = name.find(['.', '[']).unwrap_or(name.len());
                let first = &name[..first_end];
                let mut v = if first.is_empty() {
                    if auto >= args.len() {
                        return Err(self.index_error(format!(
                            "Replacement index {auto} out of range for positional args tuple"
                        )));
                    }
                    auto += 1;
                    args[auto - 1]
                } else if let Ok(n) = first.parse::<usize>() {
                    if n >= args.len() {
                        return Err(self.index_error(format!(
                            "Replacement index {n} out of range for positional args tuple"
                        )));
                    }
                    args[n]
                } else if let Some(m) = mapping {
                    let k = self.new_str(first);
                    self.getitem(m, k)?
                } else {
                    match kw.iter().find(|(k, _)| text(*k) == first) {
                        Some((_, v)) => *v,
                        None => {
                            let k = self.new_str(first);
                            return Err(self.key_error(k));
                        }
                    }
                };
                let mut rest = &name[first_end..];
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('.') {
                        let e = r.find(['.', '[']).unwrap_or(r.len());
                        let an = self.intern(&r[..e]);
                        v = self.getattr(v, an)?;
                        rest = &r[e..];
                    } else if let Some(r) = rest.strip_prefix('[') {
                        let e = r.find(']').unwrap_or(r.len());
                        let key = &r[..e];
                        let k = match key.parse::<i64>() {
                            Ok(n) => Value::small(n),
                            Err(_) => self.new_str(key),
                        };
                        v = self.getitem(v, k)?;
                        rest = if e < r.len() { &r[e + 1..] } else { "" };
                    } else {
                        break;
                    }
                }
                let v = match conv {
                    Some("r") => self.repr(v)?,
                    Some("s") => self.str(v)?,
                    Some("a") => {
                        let s = ascii_escape(&self.repr_string(v)?);
                        self.new_str(&s)
                    }
                    Some(c) => {
                        return Err(self.value_error(format!("Unknown conversion specifier {c}")))
                    }
                    None => v,
                };
                let spec = if spec.contains('{') {
                    let mut inner_auto_args = args.to_vec();
                    if auto > 0 {
                        inner_auto_args = args[auto..].to_vec();
                    }
                    let s = self.str_format_in(spec, &inner_auto_args, kw, mapping)?;
                    if spec.contains("{}") {
                        auto += spec.matches("{}").count();
                    }
                    s
                } else {
                    spec.to_string()
                };
                out.push_str(&self.format(v, &spec)?);
            } else if c == '}' {
                if i + 1 < cs.len() && cs[i + 1] == '}' {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.value_error("Single '}' encountered in format string"));
            } else {
                out.push(c);
                i += 1;
            }
        }
        Ok(out)
    }
}

/// ascii(): escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = coil_syntax::strings::char_code_point(c);
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_styles_match_cpython() {
        assert_eq!(format_float(2.71628, Some('f'), Some(2), false), "2.72");
        assert_eq!(
            format_float(12345.678, Some('e'), Some(3), false),
            "1.235e+04"
        );
        assert_eq!(format_float(0.0001234, Some('g'), None, false), "0.0001234");
        assert_eq!(
            format_float(1234567.0, Some('g'), None, false),
            "1.23457e+06"
        );
        assert_eq!(format_float(100.0, Some('g'), None, false), "100");
        assert_eq!(format_float(1.0, None, Some(3), false), "1.0");
        assert_eq!(format_float(1234.5678, None, Some(3), false), "1.23e+03");
        assert_eq!(format_float(0.5, Some('%'), Some(1), false), "50.0%");
    }

    #[test]
    fn spec_parsing_and_padding() {
        let sp = parse_spec("*^10,.2f").expect("valid");
        assert_eq!(
            (
                sp.fill,
                sp.align,
                sp.width,
                sp.grouping,
                sp.precision,
                sp.ty
            ),
            (
                Some('*'),
                Some('^'),
                Some(10),
                Some(','),
                Some(2),
                Some('f')
            )
        );
        assert_eq!(
            pad(&parse_spec("05").expect("valid"), "-", "42", '>'),
            "-0042"
        );
        assert_eq!(group("1234567", ',', 3), "1,234,567");
        assert!(parse_spec("abc").is_none());
    }
}
