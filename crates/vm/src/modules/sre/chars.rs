//! Character predicates of the regex machine: `\d \w \s` in Unicode and ASCII mode, word
//! characters for `\b`, and the case variants IGNORECASE compares with (lib/re.py's
//! `_case_variants`: the single-character lower/upper mappings of a character).

use crate::objects::str::{decimal_value, py_space};

/// Category bits of a set record (`\d \D \w \W \s \S`).
pub const CAT_D: u32 = 1;
pub const CAT_ND: u32 = 2;
pub const CAT_W: u32 = 4;
pub const CAT_NW: u32 = 8;
pub const CAT_S: u32 = 16;
pub const CAT_NS: u32 = 32;

fn ch(c: u32) -> Option<char> {
    char::from_u32(c)
}

/// Is `c` a word character (`\w`)?
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && ch(c).is_some_and(|x| x.is_alphanumeric())
}

/// Is `c` a decimal digit (`\d`)?
pub fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    ch(c).is_some_and(|x| decimal_value(x).is_some())
}

/// Is `c` whitespace (`\s`)?
pub fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return matches!(c, 0x20 | 0x09..=0x0d) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    c == 0x85 || ch(c).is_some_and(py_space)
}

/// Does `c` belong to one of the categories in `mask`?
pub fn cat_test(mask: u32, c: u32, ascii: bool) -> bool {
    (mask & CAT_D != 0 && is_digit(c, ascii))
        || (mask & CAT_ND != 0 && !is_digit(c, ascii))
        || (mask & CAT_W != 0 && is_word(c, ascii))
        || (mask & CAT_NW != 0 && !is_word(c, ascii))
        || (mask & CAT_S != 0 && is_space(c, ascii))
        || (mask & CAT_NS != 0 && !is_space(c, ascii))
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let a = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(a)
}

/// The characters equal to `c` ignoring case, `c` first (at most a handful).
pub fn case_variants(c: u32, ascii: bool, out: &mut Vec<u32>) {
    out.clear();
    out.push(c);
    if ascii && c > 127 {
        return;
    }
    let Some(x) = ch(c) else {
        return;
    };
    let lo = single(x.to_lowercase());
    let up = single(x.to_uppercase());
    let cands = [
        lo,
        up,
        up.and_then(|u| single(u.to_lowercase())),
        lo.and_then(|l| single(l.to_uppercase())),
    ];
    for v in cands.into_iter().flatten() {
        let v = v as u32;
        if (!ascii || v < 128) && !out.contains(&v) {
            out.push(v);
        }
    }
}

/// Equal ignoring case (a backreference under IGNORECASE).
pub fn eq_icase(x: u32, y: u32, ascii: bool, buf: &mut Vec<u32>) -> bool {
    if x == y {
        return true;
    }
    case_variants(x, ascii, buf);
    buf.contains(&y)
}
