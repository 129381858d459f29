//! str: UTF-8 objects with cached hash and char length, O(1) ASCII indexing, repr.

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::Vm;

#[inline]
pub fn is_str(v: Value) -> bool {
    has_layout(v, LayoutId::Str)
}

/// The text of a str value.
#[inline]
pub fn text<'a>(v: Value) -> &'a str {
    heap::str_text(v)
}

/// Number of chars.
#[inline]
pub fn char_len(v: Value) -> usize {
    get::<StrObj>(v).len as usize
}

#[inline]
pub fn is_ascii(v: Value) -> bool {
    let s = get::<StrObj>(v);
    s.len == s.byte_len
}

/// Hash of str text (FxHash-style over the bytes; CPython's is randomized anyway).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325 ^ (b.len() as u64);
    for chunk in b.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x517cc1b727220a95);
    }
    h ^= h >> 29;
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Cached hash of a str.
#[inline]
pub fn str_hash(v: Value) -> i64 {
    let o = get::<StrObj>(v);
    if o.hash != -1 {
        return o.hash;
    }
    let h = hash_bytes(heap::str_bytes(v));
    o.hash = h;
    h
}

/// Byte offset of char index `i` (0 <= i <= len).
pub fn byte_offset(v: Value, i: usize) -> usize {
    if is_ascii(v) {
        return i;
    }
    text(v)
        .char_indices()
        .nth(i)
        .map(|(b, _)| b)
        .unwrap_or(heap::str_bytes(v).len())
}

impl Vm {
    fn alloc_str(&mut self, s: &str, old: bool) -> Value {
        let size = std::mem::size_of::<StrObj>() + s.len();
        let v = if old {
            self.heap.alloc_old_raw(LayoutId::Str, size)
        } else {
            self.heap.alloc_raw(LayoutId::Str, size)
        };
        let o = get::<StrObj>(v);
        o.hash = -1;
        o.byte_len = s.len() as u64;
        o.len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        } as u64;
        heap::str_bytes_mut(v).copy_from_slice(s.as_bytes());
        v
    }

    /// A new str (single ASCII chars and the empty string are interned).
    #[inline]
    pub fn new_str(&mut self, s: &str) -> Value {
        if s.len() <= 1 {
            return self.intern(s);
        }
        self.alloc_str(s, false)
    }

    /// A str allocated directly in the old space (constants, interned names).
    pub fn new_str_old(&mut self, s: &str) -> Value {
        self.alloc_str(s, true)
    }

    /// The one-char str at char index `i` (caller checked bounds).
    pub fn str_char_at(&mut self, v: Value, i: usize) -> Value {
        if is_ascii(v) {
            let b = heap::str_bytes(v)[i];
            let mut buf = [0u8; 4];
            let c = (b as char).encode_utf8(&mut buf);
            return self.intern(c);
        }
        let c = text(v).chars().nth(i).unwrap_or(' ');
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        self.new_str(s)
    }
}

/// Is this char printable in CPython's sense (approximation for non-ASCII)?
fn printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f {
        return false;
    }
    if n < 0x7f {
        return true;
    }
    !(0x80..=0xa0).contains(&n)
        && n != 0xad
        && !(0x2000..=0x200f).contains(&n)
        && !(0x2028..=0x202f).contains(&n)
        && !(0x205f..=0x206f).contains(&n)
        && n != 0x3000
        && n != 0xfeff
        && !(0xd800..=0xf8ff).contains(&n)
        && !(0xfff9..=0xfffb).contains(&n)
        && !(0xe0000..).contains(&n)
}

/// repr() of str text.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// repr() of bytes data.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_chooses_quotes_and_escapes() {
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(repr_str("\n\t\x01é"), "'\\n\\t\\x01é'");
        assert_eq!(repr_bytes(b"a\x00'"), "b\"a\\x00'\"");
    }
}
