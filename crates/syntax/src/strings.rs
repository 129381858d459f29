//! String and bytes literal values: prefixes, quotes and escape decoding.
//!
//! Lone surrogates (`"\ud800"`) cannot live in a Rust `&str`: coil stores code point
//! U+D800..U+DFFF as the char `SURROGATE_SHIFT` above it, in unassigned plane 13
//! (`code_point_char`/`char_code_point` are the one mapping; ARCHITECTURE.md, "str").
//! `\N{...}` knows the names in `unicode_names` only and reports any other name as
//! CPython reports an unknown one.

use bumpalo::Bump;

use crate::unicode_names;

/// Distance from a lone surrogate code point to the char that stands for it.
pub const SURROGATE_SHIFT: u32 = 0xD0000;

/// The char coil stores for Python code point `c` (a lone surrogate becomes its stand-in
/// in plane 13); None past U+10FFFF.
#[inline]
pub fn code_point_char(c: u32) -> Option<char> {
    if (0xD800..0xE000).contains(&c) {
        char::from_u32(c + SURROGATE_SHIFT)
    } else {
        char::from_u32(c)
    }
}

/// The Python code point of a stored char (inverse of `code_point_char`).
#[inline]
pub fn char_code_point(c: char) -> u32 {
    let n = c as u32;
    if (0xD800 + SURROGATE_SHIFT..0xE000 + SURROGATE_SHIFT).contains(&n) {
        n - SURROGATE_SHIFT
    } else {
        n
    }
}

/// Whether stored char `c` stands for a lone surrogate.
#[inline]
pub fn is_surrogate_char(c: char) -> bool {
    (0xD800 + SURROGATE_SHIFT..0xE000 + SURROGATE_SHIFT).contains(&(c as u32))
}

/// A decoded literal.
pub enum Lit<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

/// Splits a literal token into (raw, bytes, body).
fn split(tok: &str) -> (bool, bool, &str) {
    let q = tok.find(['\'', '"']).unwrap_or(0);
    let prefix = &tok[..q];
    let raw = prefix.contains(['r', 'R']);
    let bytes = prefix.contains(['b', 'B']);
    let rest = &tok[q..];
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
        3
    } else {
        1
    };
    let body = rest
        .get(quote_len..rest.len().saturating_sub(quote_len))
        .unwrap_or("");
    (raw, bytes, body)
}

/// Is this (non-f) literal token a bytes literal?
pub fn is_bytes(tok: &str) -> bool {
    split(tok).1
}

/// Decodes a whole non-f string literal token.
pub fn decode<'a>(arena: &'a Bump, tok: &str) -> Result<Lit<'a>, String> {
    let (raw, bytes, body) = split(tok);
    if bytes {
        let body = &*normalize_newlines(body);
        if !body.is_ascii() {
            return Err("bytes can only contain ASCII literal characters".into());
        }
        if raw {
            return Ok(Lit::Bytes(arena.alloc_slice_copy(body.as_bytes())));
        }
        let mut out = Vec::with_capacity(body.len());
        unescape(body, true, false, &mut |c| out.push(c as u8))?;
        return Ok(Lit::Bytes(arena.alloc_slice_copy(&out)));
    }
    Ok(Lit::Str(decode_text(arena, body, raw, false)?))
}

/// Decodes the body of a str literal (or an f-string piece when `fstring`, where `{{`
/// and `}}` stand for one brace).
pub fn decode_text<'a>(
    arena: &'a Bump,
    body: &str,
    raw: bool,
    fstring: bool,
) -> Result<&'a str, String> {
    // Source newlines are universal (CPython reads the file that way); escapes are not.
    let body = &*normalize_newlines(body);
    if (raw || !body.contains('\\')) && !(fstring && (body.contains("{{") || body.contains("}}"))) {
        return Ok(arena.alloc_str(body));
    }
    let mut out = String::with_capacity(body.len());
    if raw {
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            if fstring && (c == '{' || c == '}') && chars.peek() == Some(&c) {
                chars.next();
            }
        }
    } else {
        unescape(body, false, fstring, &mut |c| {
            out.push(code_point_char(c).unwrap_or('\u{FFFD}'))
        })?;
    }
    Ok(arena.alloc_str(&out))
}

fn normalize_newlines(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\r') {
        std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

fn unicode_error(pos: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{end}: {what}"
    )
}

/// Decodes backslash escapes, calling `emit` with each resulting code point.
fn unescape(
    body: &str,
    bytes: bool,
    fstring: bool,
    emit: &mut dyn FnMut(u32),
) -> Result<(), String> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if fstring && (c == b'{' || c == b'}') && b.get(i + 1) == Some(&c) {
            emit(c as u32);
            i += 2;
            continue;
        }
        if c != b'\\' {
            let ch = body[i..].chars().next().unwrap_or('\0');
            emit(ch as u32);
            i += ch.len_utf8();
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            emit('\\' as u32);
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => emit('\\' as u32),
            b'\'' => emit('\'' as u32),
            b'"' => emit('"' as u32),
            b'a' => emit(7),
            b'b' => emit(8),
            b'f' => emit(12),
            b'n' => emit(10),
            b'r' => emit(13),
            b't' => emit(9),
            b'v' => emit(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                emit(if bytes { v & 0xFF } else { v });
            }
            b'x' | b'u' | b'U' if !(bytes && e != b'x') => {
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let digits = body.get(i..i + n).unwrap_or("");
                if digits.len() != n || !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
                    let got = b[i..]
                        .iter()
                        .take(n)
                        .take_while(|d| d.is_ascii_hexdigit())
                        .count();
                    if bytes {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {start}"
                        ));
                    }
                    let what = match e {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_error(start, start + 1 + got, what));
                }
                let v = u32::from_str_radix(digits, 16).unwrap_or(0);
                if v > 0x10FFFF {
                    return Err(unicode_error(
                        start,
                        start + 1 + n,
                        "illegal Unicode character",
                    ));
                }
                emit(v);
                i += n;
            }
            b'N' if !bytes => {
                if b.get(i) != Some(&b'{') {
                    return Err(unicode_error(
                        start,
                        start + 1,
                        "malformed \\N character escape",
                    ));
                }
                let Some(close) = body[i..].find('}') else {
                    return Err(unicode_error(
                        start,
                        b.len() - 1,
                        "malformed \\N character escape",
                    ));
                };
                let name = &body[i + 1..i + close];
                let end = i + close;
                if name.is_empty() {
                    return Err(unicode_error(start, end, "malformed \\N character escape"));
                }
                match unicode_names::lookup(name) {
                    Some(v) => emit(v),
                    None => {
                        return Err(unicode_error(start, end, "unknown Unicode character name"))
                    }
                }
                i = end + 1;
            }
            _ => {
                // An invalid escape stays as written (CPython warns).
                emit('\\' as u32);
                let ch = body[start + 1..].chars().next().unwrap_or('\0');
                emit(ch as u32);
                i = start + 1 + ch.len_utf8();
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(tok: &str) -> String {
        let arena = Bump::new();
        match decode(&arena, tok).unwrap() {
            Lit::Str(s) => s.to_string(),
            Lit::Bytes(b) => format!("b{b:?}"),
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(
            s(r"'a\tb\x41\u00e9\101\N{EM DASH}\q'"),
            "a\tbA\u{e9}A\u{2014}\\q"
        );
        assert_eq!(s(r"r'a\tb'"), "a\\tb");
        assert_eq!(s("'''x\ny'''"), "x\ny");
        assert_eq!(s(r"b'\xff\n'"), "b[255, 10]");
        assert_eq!(s(r"'\ud800'"), "\u{DD800}");
        let arena = Bump::new();
        assert!(decode(&arena, r"'\N{NOT A REAL NAME}'").is_err());
        assert!(decode(&arena, r"'\x4'").is_err());
        assert!(decode(&arena, "b'\u{e9}'").is_err());
        assert_eq!(decode_text(&arena, "a{{b}}", false, true).unwrap(), "a{b}");
    }
}
