//! `unicodedata`: category, bidirectional, east_asian_width, mirrored, combining,
//! decomposition, decimal/digit/numeric, normalize/is_normalized (NFC, NFD, NFKC, NFKD)
//! over all of Unicode 14.0.0, and name/lookup for the blocks the generated table names
//! (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thai, Georgian, punctuation, symbols, arrows, maths, shapes, dingbats, CJK
//! punctuation, fullwidth forms, some emoji) plus Hangul syllables and CJK unified
//! ideographs by rule. A named character outside those blocks has no name here
//! (name() raises ValueError or returns the default; lookup() raises KeyError).
//!
//! The tables are `unicodedata_table.rs`, generated from CPython 3.11's own module by
//! `crates/vm/tools/gen_unicodedata.py`.

use super::unicodedata_table as t;
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "unicodedata").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "unicodedata");
    let fns: &[(&str, NativeFn)] = &[
        ("category", category),
        ("bidirectional", bidirectional),
        ("east_asian_width", east_asian_width),
        ("mirrored", mirrored),
        ("combining", combining),
        ("decomposition", decomposition),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    for &(n, f) in fns {
        vm.def_fn(d, n, f);
    }
    let v = vm.new_str("14.0.0");
    vm.def_value(d, "unidata_version", v);
}

/// The one character a function takes (CPython's TypeError otherwise).
fn one_char(vm: &mut Vm, func: &str, args: &[Value]) -> PyResult<u32> {
    let Some(&v) = args.first() else {
        return Err(vm.type_error(format!("{func}() takes at least 1 argument (0 given)")));
    };
    // Functions with a default argument number their first one.
    let which = if matches!(func, "decimal" | "digit" | "numeric" | "name") {
        "argument 1"
    } else {
        "argument"
    };
    if !is_str(v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "{func}() {which} must be a unicode character, not {tn}"
        )));
    }
    let mut it = text(v).chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(vm.type_error(format!(
            "{func}() {which} must be a unicode character, not str"
        ))),
    }
}

/// The value of the run containing `cp`.
fn run_value(runs: &[(u32, u8)], cp: u32) -> u8 {
    let i = runs.partition_point(|&(s, _)| s <= cp);
    runs[i.saturating_sub(1)].1
}

fn category(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "category", args)?;
    let c = t::CATEGORIES[run_value(t::CATEGORY_RUNS, cp) as usize];
    Ok(vm.new_str(c))
}

fn bidirectional(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "bidirectional", args)?;
    let c = t::BIDI[run_value(t::BIDI_RUNS, cp) as usize];
    Ok(vm.new_str(c))
}

fn east_asian_width(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "east_asian_width", args)?;
    let c = t::EAW[run_value(t::EAW_RUNS, cp) as usize];
    Ok(vm.new_str(c))
}

fn mirrored(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "mirrored", args)?;
    Ok(Value::small(t::MIRRORED.binary_search(&cp).is_ok() as i64))
}

fn ccc(cp: u32) -> u8 {
    match t::COMBINING.binary_search_by_key(&cp, |&(c, _)| c) {
        Ok(i) => t::COMBINING[i].1,
        Err(_) => 0,
    }
}

fn combining(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "combining", args)?;
    Ok(Value::small(ccc(cp) as i64))
}

fn decomp_entry(cp: u32) -> Option<(&'static str, &'static [u32])> {
    t::DECOMPOSITIONS
        .binary_search_by_key(&cp, |&(c, _, _)| c)
        .ok()
        .map(|i| (t::DECOMPOSITIONS[i].1, t::DECOMPOSITIONS[i].2))
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn hangul_parts(cp: u32) -> Option<Vec<u32>> {
    if !(S_BASE..S_BASE + S_COUNT).contains(&cp) {
        return None;
    }
    let s = cp - S_BASE;
    let (l, v, tt) = (
        L_BASE + s / N_COUNT,
        V_BASE + (s % N_COUNT) / T_COUNT,
        s % T_COUNT,
    );
    let mut out = vec![l, v];
    if tt != 0 {
        out.push(T_BASE + tt);
    }
    Some(out)
}

fn decomposition(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "decomposition", args)?;
    // Hangul syllables decompose by rule; the database lists no mapping for them.
    let s = if hangul_parts(cp).is_some() {
        String::new()
    } else {
        match decomp_entry(cp) {
            Some((tag, m)) => {
                let mut parts: Vec<String> = Vec::new();
                if !tag.is_empty() {
                    parts.push(tag.to_string());
                }
                parts.extend(m.iter().map(|c| format!("{c:04X}")));
                parts.join(" ")
            }
            None => String::new(),
        }
    };
    Ok(vm.new_str(&s))
}

fn numeric_entry(cp: u32) -> Option<(i8, i8, f64)> {
    t::NUMERIC
        .binary_search_by_key(&cp, |&(c, _, _, _)| c)
        .ok()
        .map(|i| (t::NUMERIC[i].1, t::NUMERIC[i].2, t::NUMERIC[i].3))
}

/// decimal/digit/numeric: the value, else the default, else ValueError(`msg`).
fn number_of(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    pick: fn((i8, i8, f64)) -> Option<Value>,
    msg: &str,
) -> PyResult {
    let cp = one_char(vm, func, args)?;
    if let Some(v) = numeric_entry(cp).and_then(pick) {
        return Ok(v);
    }
    match args.get(1) {
        Some(&d) => Ok(d),
        None => Err(vm.value_error(msg)),
    }
}

fn decimal(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    number_of(
        vm,
        "decimal",
        args,
        |(d, _, _)| (d >= 0).then(|| Value::small(d as i64)),
        "not a decimal",
    )
}

fn digit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    number_of(
        vm,
        "digit",
        args,
        |(_, d, _)| (d >= 0).then(|| Value::small(d as i64)),
        "not a digit",
    )
}

fn numeric(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "numeric", args)?;
    if let Some((_, _, n)) = numeric_entry(cp) {
        return Ok(vm.new_float(n));
    }
    match args.get(1) {
        Some(&d) => Ok(d),
        None => Err(vm.value_error("not a numeric character")),
    }
}

const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn name_of(cp: u32) -> Option<String> {
    if let Ok(i) = t::NAMES.binary_search_by_key(&cp, |&(c, _)| c) {
        return Some(t::NAMES[i].1.to_string());
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            JAMO_L[(s / N_COUNT) as usize],
            JAMO_V[((s % N_COUNT) / T_COUNT) as usize],
            JAMO_T[(s % T_COUNT) as usize]
        ));
    }
    if t::CJK_RANGES.iter().any(|&(a, b)| (a..=b).contains(&cp)) {
        return Some(format!("CJK UNIFIED IDEOGRAPH-{cp:X}"));
    }
    None
}

fn name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let cp = one_char(vm, "name", args)?;
    match name_of(cp) {
        Some(n) => Ok(vm.new_str(&n)),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.value_error("no such name")),
        },
    }
}

fn lookup_name(n: &str) -> Option<u32> {
    let up = n.to_ascii_uppercase();
    if let Some(&(cp, _)) = t::NAMES.iter().find(|&&(_, nm)| nm == up) {
        return Some(cp);
    }
    if let Some(hex) = up.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let cp = u32::from_str_radix(hex, 16).ok()?;
        if (4..=5).contains(&hex.len()) && t::CJK_RANGES.iter().any(|&(a, b)| (a..=b).contains(&cp))
        {
            return Some(cp);
        }
        return None;
    }
    if up.starts_with("HANGUL SYLLABLE ") {
        return (S_BASE..S_BASE + S_COUNT).find(|&cp| name_of(cp).as_deref() == Some(&up));
    }
    None
}

fn lookup(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let Some(&v) = args.first() else {
        return Err(vm.type_error("lookup() takes exactly one argument (0 given)"));
    };
    let n = if is_str(v) {
        text(v).to_string()
    } else if let Some(b) = crate::objects::bytes::bytes_like(v) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    match lookup_name(&n).and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(&c.to_string())),
        None => Err(vm.raise_msg("KeyError", format!("undefined character name '{n}'"))),
    }
}

/// Full decomposition (canonical, or compatibility too) in canonical order.
fn decompose(s: &str, compat: bool) -> Vec<u32> {
    fn push(cp: u32, compat: bool, out: &mut Vec<u32>) {
        if let Some(p) = hangul_parts(cp) {
            out.extend(p);
            return;
        }
        match decomp_entry(cp) {
            Some((tag, m)) if tag.is_empty() || compat => {
                for &c in m {
                    push(c, compat, out);
                }
            }
            _ => out.push(cp),
        }
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        push(c as u32, compat, &mut out);
    }
    // Canonical ordering: a stable sort of every run of non-starters by class.
    let mut i = 0;
    while i < out.len() {
        if ccc(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && ccc(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&c| ccc(c));
    }
    out
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    t::COMPOSITIONS
        .binary_search_by_key(&(a, b), |&(x, y, _)| (x, y))
        .ok()
        .map(|i| t::COMPOSITIONS[i].2)
}

fn compose(d: Vec<u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(d.len());
    let mut starter: Option<usize> = None;
    let mut last_cc = 0u8;
    for c in d {
        let cc = ccc(c);
        if let Some(sp) = starter {
            let adjacent = out.len() - 1 == sp;
            if adjacent || (last_cc != 0 && last_cc < cc) {
                if let Some(x) = compose_pair(out[sp], c) {
                    out[sp] = x;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
        }
        last_cc = cc;
        out.push(c);
    }
    out
}

fn normalized(vm: &mut Vm, func: &str, args: &[Value]) -> PyResult<(String, String)> {
    let (Some(&f), Some(&s)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error(format!(
            "{func}() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if !is_str(f) {
        let tn = vm.type_name(f);
        return Err(vm.type_error(format!("{func}() argument 1 must be str, not {tn}")));
    }
    if !is_str(s) {
        let tn = vm.type_name(s);
        return Err(vm.type_error(format!("{func}() argument 2 must be str, not {tn}")));
    }
    let src = text(s);
    let out: Vec<u32> = match text(f) {
        "NFD" => decompose(src, false),
        "NFKD" => decompose(src, true),
        "NFC" => compose(decompose(src, false)),
        "NFKC" => compose(decompose(src, true)),
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    let r: String = out.into_iter().filter_map(char::from_u32).collect();
    Ok((src.to_string(), r))
}

fn normalize(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let (src, r) = normalized(vm, "normalize", args)?;
    if src == r {
        return Ok(args[1]);
    }
    Ok(vm.new_str(&r))
}

fn is_normalized(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let (src, r) = normalized(vm, "is_normalized", args)?;
    Ok(Value::bool(src == r))
}
