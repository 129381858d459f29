//! Text codecs: str.encode / bytes.decode for utf-8, ascii, latin-1, utf-16 and utf-32
//! with CPython's error handlers and UnicodeEncodeError/UnicodeDecodeError messages.

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use coil_syntax::strings::{char_code_point, code_point_char, is_surrogate_char};

/// The codecs coil knows, by CPython's canonical name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// Look an encoding name up the way `codecs.lookup` normalises it.
    pub fn lookup(name: &str) -> Option<Codec> {
        let n: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .collect();
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-sig" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
            | "l1" | "iso-ir-100" => Codec::Latin1,
            "utf-16" | "utf16" | "u16" => Codec::Utf16,
            "utf-16-le" | "utf-16le" | "utf16le" => Codec::Utf16Le,
            "utf-16-be" | "utf-16be" | "utf16be" => Codec::Utf16Be,
            "utf-32" | "utf32" | "u32" => Codec::Utf32,
            "utf-32-le" | "utf-32le" | "utf32le" => Codec::Utf32Le,
            "utf-32-be" | "utf-32be" | "utf32be" => Codec::Utf32Be,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a char (CPython's message and backslashreplace).
fn escape_char(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

fn push_unit16(out: &mut Vec<u8>, u: u16, le: bool) {
    out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
}

impl Vm {
    /// Parse the (encoding, errors) arguments of encode/decode.
    pub fn codec_args(
        &mut self,
        enc: Option<Value>,
        errors: Option<Value>,
    ) -> PyResult<(Codec, String)> {
        let name = match enc {
            Some(v) if !v.is_none() => {
                if !crate::objects::str::is_str(v) {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "encode() argument 'encoding' must be str, not {tn}"
                    )));
                }
                crate::objects::str::text(v).to_string()
            }
            _ => "utf-8".to_string(),
        };
        let errors = match errors {
            Some(v) if crate::objects::str::is_str(v) => crate::objects::str::text(v).to_string(),
            _ => "strict".to_string(),
        };
        match Codec::lookup(&name) {
            Some(c) => Ok((c, errors)),
            None => Err(self.raise_msg("LookupError", format!("unknown encoding: {name}"))),
        }
    }

    fn unicode_error(
        &mut self,
        cls: &str,
        codec: Codec,
        object: Value,
        (start, end): (usize, usize),
        reason: &str,
        msg: String,
    ) -> crate::vm::Raised {
        let t = self.exc_type(cls);
        let m = self.new_str(&msg);
        let e = self.new_exception(t, &[m]);
        let fields = [
            ("encoding", self.new_str(codec.name())),
            ("object", object),
            ("start", Value::small(start as i64)),
            ("end", Value::small(end as i64)),
            ("reason", self.new_str(reason)),
        ];
        for (k, v) in fields {
            let k = self.intern(k);
            self.instance_set(e, k, v);
        }
        self.raise(e)
    }

    /// str.encode: `s` is the str value (for the error's `object`).
    pub fn encode_str(&mut self, s: Value, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
        let text = crate::objects::str::text(s);
        let mut out = Vec::with_capacity(text.len());
        match codec {
            Codec::Utf8 => {
                if !has_surrogates(text) {
                    return Ok(text.as_bytes().to_vec());
                }
                return self.encode_utf8_surrogates(s, text, errors);
            }
            Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
                let le = codec != Codec::Utf16Be;
                if codec == Codec::Utf16 {
                    out.extend_from_slice(&[0xff, 0xfe]);
                }
                for u in text.encode_utf16() {
                    push_unit16(&mut out, u, le);
                }
                return Ok(out);
            }
            Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
                if codec == Codec::Utf32 {
                    out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
                }
                for c in text.chars() {
                    let c = char_code_point(c);
                    out.extend_from_slice(&if codec == Codec::Utf32Be {
                        c.to_be_bytes()
                    } else {
                        c.to_le_bytes()
                    });
                }
                return Ok(out);
            }
            Codec::Ascii | Codec::Latin1 => {}
        }
        let limit: u32 = if codec == Codec::Ascii { 128 } else { 256 };
        let chars: Vec<u32> = text.chars().map(char_code_point).collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c < limit {
                out.push(c as u8);
                i += 1;
                continue;
            }
            let mut j = i;
            while j < chars.len() && chars[j] >= limit {
                j += 1;
            }
            match errors {
                "ignore" => {}
                "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
                "backslashreplace" => {
                    for &ch in &chars[i..j] {
                        out.extend_from_slice(escape_char(ch).as_bytes());
                    }
                }
                "xmlcharrefreplace" => {
                    for &ch in &chars[i..j] {
                        out.extend_from_slice(format!("&#{ch};").as_bytes());
                    }
                }
                "strict" => {
                    let reason = format!("ordinal not in range({limit})");
                    let msg = if j - i == 1 {
                        format!(
                            "'{}' codec can't encode character '{}' in position {i}: {reason}",
                            codec.name(),
                            escape_char(c)
                        )
                    } else {
                        format!(
                            "'{}' codec can't encode characters in position {i}-{}: {reason}",
                            codec.name(),
                            j - 1
                        )
                    };
                    return Err(self.unicode_error(
                        "UnicodeEncodeError",
                        codec,
                        s,
                        (i, j),
                        &reason,
                        msg,
                    ));
                }
                other => {
                    return Err(self.raise_msg(
                        "LookupError",
                        format!("unknown error handler name '{other}'"),
                    ))
                }
            }
            i = j;
        }
        Ok(out)
    }

    /// UTF-8 encoding of text holding lone surrogates (their stand-ins): CPython's
    /// "surrogates not allowed" unless `errors` says what to do with them.
    fn encode_utf8_surrogates(&mut self, s: Value, text: &str, errors: &str) -> PyResult<Vec<u8>> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if !is_surrogate_char(c) {
                let mut b = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
                i += 1;
                continue;
            }
            let mut j = i;
            while j < chars.len() && is_surrogate_char(chars[j]) {
                j += 1;
            }
            let run = chars[i..j].iter().map(|&c| char_code_point(c));
            match errors {
                "ignore" => {}
                "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
                "backslashreplace" => {
                    for n in run {
                        out.extend_from_slice(escape_char(n).as_bytes());
                    }
                }
                "xmlcharrefreplace" => {
                    for n in run {
                        out.extend_from_slice(format!("&#{n};").as_bytes());
                    }
                }
                "surrogatepass" => {
                    for n in run {
                        out.extend_from_slice(&[
                            0xe0 | (n >> 12) as u8,
                            0x80 | ((n >> 6) & 0x3f) as u8,
                            0x80 | (n & 0x3f) as u8,
                        ]);
                    }
                }
                "surrogateescape" | "strict" => {
                    let mut bad = None;
                    for (k, n) in run.enumerate() {
                        if errors == "surrogateescape" && (0xdc80..0xdd00).contains(&n) {
                            out.push((n - 0xdc00) as u8);
                        } else {
                            bad = Some(i + k);
                            break;
                        }
                    }
                    if let Some(at) = bad {
                        let mut end = at + 1;
                        while errors == "strict" && end < j {
                            end += 1;
                        }
                        let reason = "surrogates not allowed";
                        let msg = if end - at == 1 {
                            format!(
                                "'utf-8' codec can't encode character '{}' in position {at}: {reason}",
                                escape_char(char_code_point(chars[at]))
                            )
                        } else {
                            format!(
                                "'utf-8' codec can't encode characters in position {at}-{}: {reason}",
                                end - 1
                            )
                        };
                        return Err(self.unicode_error(
                            "UnicodeEncodeError",
                            Codec::Utf8,
                            s,
                            (at, end),
                            reason,
                            msg,
                        ));
                    }
                }
                other => {
                    return Err(self.raise_msg(
                        "LookupError",
                        format!("unknown error handler name '{other}'"),
                    ))
                }
            }
            i = j;
        }
        Ok(out)
    }

    /// bytes.decode: `b` is the bytes-like value (for the error's `object`).
    pub fn decode_bytes(&mut self, b: Value, codec: Codec, errors: &str) -> PyResult<String> {
        let data = crate::objects::bytes::bytes_like(b)
            .expect("bytes-like")
            .to_vec();
        let mut out = String::with_capacity(data.len());
        // (start, end, reason) of the first undecodable run, handled per `errors`.
        let mut i = 0;
        let fail =
            |vm: &mut Vm, out: &mut String, start: usize, end: usize, reason: &str| match errors {
                "ignore" => Ok(()),
                "replace" => {
                    out.push('\u{fffd}');
                    Ok(())
                }
                "backslashreplace" => {
                    for &x in &data[start..end] {
                        out.push_str(&escape_char(x as u32));
                    }
                    Ok(())
                }
                "surrogateescape" if data[start..end].iter().all(|&x| x >= 0x80) => {
                    for &x in &data[start..end] {
                        out.extend(code_point_char(0xdc00 + x as u32));
                    }
                    Ok(())
                }
                "strict" => {
                    let msg = if end - start == 1 {
                        format!(
                            "'{}' codec can't decode byte {:#04x} in position {start}: {reason}",
                            codec.name(),
                            data[start]
                        )
                    } else {
                        format!(
                            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
                            codec.name(),
                            end - 1
                        )
                    };
                    Err(vm.unicode_error("UnicodeDecodeError", codec, b, (start, end), reason, msg))
                }
                other => Err(vm.raise_msg(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                )),
            };
        match codec {
            Codec::Utf8 => {
                while i < data.len() {
                    match std::str::from_utf8(&data[i..]) {
                        Ok(s) => {
                            out.push_str(s);
                            break;
                        }
                        Err(e) => {
                            let ok = e.valid_up_to();
                            out.push_str(
                                std::str::from_utf8(&data[i..i + ok]).expect("valid prefix"),
                            );
                            let at = i + ok;
                            let first = data[at];
                            let (len, reason) = match e.error_len() {
                                None => (data.len() - at, "unexpected end of data"),
                                Some(n) => {
                                    if (0xc2..=0xf4).contains(&first) {
                                        (n, "invalid continuation byte")
                                    } else {
                                        (n, "invalid start byte")
                                    }
                                }
                            };
                            fail(self, &mut out, at, at + len, reason)?;
                            i = at + len;
                        }
                    }
                }
            }
            Codec::Ascii => {
                for (k, &x) in data.iter().enumerate() {
                    if x < 128 {
                        out.push(x as char);
                    } else {
                        fail(self, &mut out, k, k + 1, "ordinal not in range(128)")?;
                    }
                }
            }
            Codec::Latin1 => out.extend(data.iter().map(|&x| x as char)),
            Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
                let mut le = codec != Codec::Utf16Be;
                if codec == Codec::Utf16 && data.len() >= 2 {
                    if data[..2] == [0xff, 0xfe] {
                        i = 2;
                    } else if data[..2] == [0xfe, 0xff] {
                        le = false;
                        i = 2;
                    }
                }
                let unit = |k: usize| {
                    let p = [data[k], data[k + 1]];
                    if le {
                        u16::from_le_bytes(p)
                    } else {
                        u16::from_be_bytes(p)
                    }
                };
                while i < data.len() {
                    if i + 1 >= data.len() {
                        fail(self, &mut out, i, data.len(), "truncated data")?;
                        break;
                    }
                    let u = unit(i);
                    if !(0xd800..0xe000).contains(&u) {
                        out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                        i += 2;
                        continue;
                    }
                    if u >= 0xdc00 {
                        fail(self, &mut out, i, i + 2, "illegal encoding")?;
                        i += 2;
                        continue;
                    }
                    if i + 3 >= data.len() {
                        fail(self, &mut out, i, data.len(), "unexpected end of data")?;
                        break;
                    }
                    let u2 = unit(i + 2);
                    if !(0xdc00..0xe000).contains(&u2) {
                        fail(self, &mut out, i, i + 2, "illegal UTF-16 surrogate")?;
                        i += 2;
                        continue;
                    }
                    let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                }
            }
            Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
                let mut le = codec != Codec::Utf32Be;
                if codec == Codec::Utf32 && data.len() >= 4 {
                    if data[..4] == [0xff, 0xfe, 0, 0] {
                        i = 4;
                    } else if data[..4] == [0, 0, 0xfe, 0xff] {
                        le = false;
                        i = 4;
                    }
                }
                while i < data.len() {
                    if i + 3 >= data.len() {
                        fail(self, &mut out, i, data.len(), "truncated data")?;
                        break;
                    }
                    let p = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                    let c = if le {
                        u32::from_le_bytes(p)
                    } else {
                        u32::from_be_bytes(p)
                    };
                    match char::from_u32(c) {
                        Some(ch) => out.push(ch),
                        None => fail(
                            self,
                            &mut out,
                            i,
                            i + 4,
                            "code point not in range(0x110000)",
                        )?,
                    }
                    i += 4;
                }
            }
        }
        Ok(out)
    }
}

/// Whether UTF-8 text holds a lone surrogate's stand-in (plane 13: lead byte 0xF3, then
/// 0x9D and 0xA0..=0xBF).
pub fn has_surrogates(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(k, &x)| {
        x == 0xf3 && b.get(k + 1) == Some(&0x9d) && b.get(k + 2).is_some_and(|&y| y >= 0xa0)
    })
}
