//! Source bytes to text: UTF-8 BOM, PEP 263 coding declarations, and CPython's
//! decoding error messages.
//!
//! Two flavours of messages exist in CPython: `compile(bytes)` (also used by `import`)
//! says `unknown encoding: xyz`, while running a script file says
//! `encoding problem: xyz`. [`Flavour`] picks one.

use std::borrow::Cow;

use crate::charmaps::{self, Charmap};
use crate::error::{ErrorKind, SyntaxError};

/// Which CPython entry point's error messages to reproduce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    /// `compile(source_bytes, ...)` and `import`.
    Compile,
    /// `python3 script.py`.
    Script,
}

/// The encodings coil can decode.
#[derive(Clone, Copy)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    /// A single-byte code page (cp1252, koi8-r, iso-8859-15, ...).
    Charmap(&'static Charmap),
}

fn err(msg: String, filename: &str, line: u32) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        line,
        offset: 0,
        end_line: line,
        end_offset: 0,
        text: None,
    }
}

/// CPython's `get_normal_name` followed by codec alias lookup.
fn lookup(name: &str) -> Option<Encoding> {
    let lower: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let l = lower.as_str();
    if l == "utf_8" || l == "utf8" || l.starts_with("utf_8_") || l == "u8" || l == "utf" {
        return Some(Encoding::Utf8);
    }
    if l == "cp65001" {
        return Some(Encoding::Utf8);
    }
    match l {
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_latin_1" | "iso_8859_1_1987" | "ibm819" | "csisolatin1" => {
            Some(Encoding::Latin1)
        }
        _ if l.starts_with("latin_1_")
            || l.starts_with("iso_8859_1_")
            || l.starts_with("iso_latin_1_") =>
        {
            Some(Encoding::Latin1)
        }
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Some(Encoding::Ascii),
        _ => charmaps::lookup(l).map(Encoding::Charmap),
    }
}

/// The coding name declared on one line, if the line is a comment matching PEP 263's
/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn coding_of(line: &[u8]) -> Option<&str> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let rest = &line[i..];
    let mut k = 0;
    while k + 7 <= rest.len() {
        if &rest[k..k + 6] == b"coding" && matches!(rest[k + 6], b':' | b'=') {
            let mut j = k + 7;
            while j < rest.len() && matches!(rest[j], b' ' | b'\t') {
                j += 1;
            }
            let start = j;
            while j < rest.len()
                && (rest[j].is_ascii_alphanumeric() || matches!(rest[j], b'-' | b'_' | b'.'))
            {
                j += 1;
            }
            if j > start {
                return std::str::from_utf8(&rest[start..j]).ok();
            }
        }
        k += 1;
    }
    None
}

/// Is this line blank or a comment only (so that line 2 may still carry a declaration)?
fn blank_or_comment(line: &[u8]) -> bool {
    for &b in line {
        match b {
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' => continue,
            b'#' => return true,
            _ => return false,
        }
    }
    true
}

/// Splits off the first line (with its newline).
fn first_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|&b| b == b'\n') {
        Some(p) => bytes.split_at(p + 1),
        None => (bytes, &[]),
    }
}

/// The declared coding (its name as written), looking at lines 1 and 2.
fn declared(bytes: &[u8]) -> Option<&str> {
    let (l1, rest) = first_line(bytes);
    if let Some(c) = coding_of(l1) {
        return Some(c);
    }
    if blank_or_comment(l1) {
        let (l2, _) = first_line(rest);
        return coding_of(l2);
    }
    None
}

fn line_of(bytes: &[u8], pos: usize) -> u32 {
    bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

fn utf8_reason(bytes: &[u8], e: std::str::Utf8Error) -> (usize, &'static str) {
    let at = e.valid_up_to();
    match e.error_len() {
        None => (at, "unexpected end of data"),
        Some(_) => {
            let b = bytes[at];
            if (0x80..0xC2).contains(&b) || b > 0xF4 {
                (at, "invalid start byte")
            } else {
                (at, "invalid continuation byte")
            }
        }
    }
}

/// Decodes `bytes` with CPython's `compile()`/import messages. See [`decode_with`].
pub fn decode_source<'b>(bytes: &'b [u8], filename: &str) -> Result<Cow<'b, str>, SyntaxError> {
    decode_with(bytes, filename, Flavour::Compile)
}

/// Decodes source bytes to text: strips a UTF-8 BOM, honours a PEP 263 declaration on
/// line 1 or 2, and reports undecodable input with the messages of the given flavour.
pub fn decode_with<'b>(
    bytes: &'b [u8],
    filename: &str,
    flavour: Flavour,
) -> Result<Cow<'b, str>, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let decl = declared(body);
    let enc = match decl {
        None => Encoding::Utf8,
        Some(name) => match lookup(name) {
            Some(enc) => enc,
            None => {
                let msg = match flavour {
                    Flavour::Compile => format!("unknown encoding: {name}"),
                    Flavour::Script => format!("encoding problem: {name}"),
                };
                return Err(err(msg, filename, 0));
            }
        },
    };
    if let (true, Some(d)) = (bom, decl) {
        // CPython's get_normal_name: only a name spelled utf-8 (any case, `_` for `-`)
        // goes with a BOM.
        let l: String = d
            .chars()
            .take(12)
            .map(|c| {
                if c == '_' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        if !(l == "utf-8" || l.starts_with("utf-8-")) {
            let latin = ["latin-1", "iso-8859-1", "iso-latin-1"]
                .iter()
                .any(|p| l == *p || l.starts_with(&format!("{p}-")));
            let normal = if latin { "iso-8859-1" } else { d };
            return Err(err(
                format!("encoding problem: {normal} with BOM"),
                filename,
                0,
            ));
        }
    }
    // Does the declaration differ from the default (CPython then decodes the whole file
    // up front and reports errors without a line)?
    let explicit_non_default = decl.is_some_and(|d| {
        let l = d.to_ascii_lowercase().replace('_', "-");
        !(l == "utf-8" || l.starts_with("utf-8-"))
    });
    match enc {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(e) => {
                let (at, reason) = utf8_reason(body, e);
                let line = line_of(body, at);
                let byte = body[at];
                if explicit_non_default {
                    let msg = match flavour {
                        Flavour::Compile => format!(
                            "'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: {reason}"
                        ),
                        Flavour::Script => format!("encoding problem: {}", decl.unwrap_or("")),
                    };
                    return Err(err(msg, filename, 0));
                }
                if decl.is_none() && flavour == Flavour::Script {
                    return Err(err(
                        format!(
                            "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                        ),
                        filename,
                        0,
                    ));
                }
                // CPython reports the position inside the string literal being decoded;
                // approximate it from the last quote before the bad byte on its line.
                let line_start = body[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let lit_start = body[line_start..at]
                    .iter()
                    .rposition(|&b| b == b'"' || b == b'\'')
                    .map_or(line_start, |p| line_start + p + 1);
                let mut e = err(
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {}: {reason}",
                        at - lit_start
                    ),
                    filename,
                    line,
                );
                let line_end = body[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(body.len(), |p| at + p);
                let text = String::from_utf8_lossy(&body[line_start..line_end]).into_owned();
                e.offset = (lit_start - line_start) as u32 + 1;
                e.end_offset = e.offset;
                e.text = Some(text);
                Err(e)
            }
        },
        Encoding::Latin1 => Ok(Cow::Owned(body.iter().map(|&b| b as char).collect())),
        Encoding::Ascii => match body.iter().position(|&b| b >= 0x80) {
            None => Ok(Cow::Owned(body.iter().map(|&b| b as char).collect())),
            Some(at) => {
                let msg = match flavour {
                    Flavour::Compile => format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                        body[at],
                        at + bom as usize * 3
                    ),
                    Flavour::Script => format!("encoding problem: {}", decl.unwrap_or("")),
                };
                Err(err(msg, filename, 0))
            }
        },
        Encoding::Charmap(map) => {
            let mut out = String::with_capacity(body.len());
            for (at, &b) in body.iter().enumerate() {
                let c = if b >= 0x80 {
                    match char::from_u32(map.high[(b - 0x80) as usize] as u32)
                        .filter(|&c| c != '\0')
                    {
                        Some(c) => c,
                        None => {
                            let msg = match flavour {
                                Flavour::Compile => format!(
                                    "'charmap' codec can't decode byte 0x{b:02x} in position {at}: character maps to <undefined>"
                                ),
                                Flavour::Script => {
                                    format!("encoding problem: {}", decl.unwrap_or(""))
                                }
                            };
                            return Err(err(msg, filename, 0));
                        }
                    }
                } else {
                    b as char
                };
                out.push(c);
            }
            Ok(Cow::Owned(out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_declarations() {
        assert_eq!(decode_source(b"\xef\xbb\xbfx=1\n", "f").unwrap(), "x=1\n");
        let s = decode_source(b"# coding: latin-1\nx='\xff'\n", "f").unwrap();
        assert_eq!(s, "# coding: latin-1\nx='\u{ff}'\n");
        let s = decode_source(b"#!/bin/x\n# -*- coding: cp1252 -*-\nx='\x80'\n", "f").unwrap();
        assert!(s.ends_with("x='\u{20ac}'\n"));
        // A declaration on line 2 counts only if line 1 is a comment or blank.
        assert!(decode_source(b"x=1\n# coding: latin-1\ny='\xff'\n", "f").is_err());
    }

    #[test]
    fn error_messages() {
        let e = decode_source(b"# coding: xyz\n", "f").unwrap_err();
        assert_eq!(e.msg, "unknown encoding: xyz");
        let e = decode_with(b"# coding: xyz\n", "f", Flavour::Script).unwrap_err();
        assert_eq!(e.msg, "encoding problem: xyz");
        let e = decode_source(b"x = \"\xff\"\n", "f").unwrap_err();
        assert_eq!(
            e.msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(e.line, 1);
        let e = decode_source(b"\xef\xbb\xbf# coding: latin-1\n", "f").unwrap_err();
        assert_eq!(e.msg, "encoding problem: iso-8859-1 with BOM");
        let e = decode_source(b"# coding: ascii\nx='\xc3\xa9'\n", "f").unwrap_err();
        assert_eq!(
            e.msg,
            "'ascii' codec can't decode byte 0xc3 in position 19: ordinal not in range(128)"
        );
    }
}
