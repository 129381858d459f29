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
    if b.is_empty() {
        // CPython: hash("") == hash(b"") == 0.
        return 0;
    }
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

/// Python's `str.isspace` for one char: Unicode White_Space plus the separators
/// U+001C..U+001F (bidirectional class B/S), which Rust's `is_whitespace` omits.
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Line boundaries of `str.splitlines` (besides `\r\n`).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Titlecase letters (category Lt): Rust has no `is_titlecase`.
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// Cased (upper, lower or title), as `str.title` and `str.istitle` see it.
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Append the titlecase mapping of `c` (CPython's `_PyUnicode_ToTitleFull`).
pub fn push_title(c: char, out: &mut String) {
    let t = match c as u32 {
        0x1c4..=0x1c6 => Some('\u{1c5}'),
        0x1c7..=0x1c9 => Some('\u{1c8}'),
        0x1ca..=0x1cc => Some('\u{1cb}'),
        0x1f1..=0x1f3 => Some('\u{1f2}'),
        _ if is_titlecase(c) => Some(c),
        _ => None,
    };
    if let Some(t) = t {
        out.push(t);
        return;
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for x in up {
            out.extend(x.to_lowercase());
        }
    }
}

/// Append the full case folding of `c` (`str.casefold`): lowercase plus the special foldings.
pub fn push_casefold(c: char, out: &mut String) {
    let s = match c {
        '\u{df}' | '\u{1e9e}' => "ss",
        '\u{3c2}' => "\u{3c3}",
        '\u{17f}' => "s",
        '\u{b5}' => "\u{3bc}",
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        '\u{149}' => "\u{2bc}n",
        '\u{1f0}' => "j\u{30c}",
        '\u{390}' => "\u{3b9}\u{308}\u{301}",
        '\u{3b0}' => "\u{3c5}\u{308}\u{301}",
        '\u{587}' => "\u{565}\u{582}",
        '\u{1e96}' => "h\u{331}",
        '\u{1e97}' => "t\u{308}",
        '\u{1e98}' => "w\u{30a}",
        '\u{1e99}' => "y\u{30a}",
        '\u{1e9a}' => "a\u{2be}",
        '\u{3d0}' => "\u{3b2}",
        '\u{3d1}' => "\u{3b8}",
        '\u{3d5}' => "\u{3c6}",
        '\u{3d6}' => "\u{3c0}",
        '\u{3f0}' => "\u{3ba}",
        '\u{3f1}' => "\u{3c1}",
        '\u{3f5}' => "\u{3b5}",
        '\u{1e9b}' => "\u{1e61}",
        '\u{345}' => "\u{3b9}",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(s);
}

/// The first code point of each run of ten Unicode decimal digits (category Nd, 0..9),
/// from CPython 3.11's Unicode database.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`str.isdecimal`, `int()` and `float()` input).
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if i == 0 {
        return None;
    }
    let d = c - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// `s` with every non-ASCII decimal digit replaced by its ASCII digit (numeric parsing).
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match decimal_value(c) {
                Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
                _ => c,
            })
            .collect(),
    )
}

thread_local! {
    /// The last (address, heap epoch, char index, byte offset) found in a non-ASCII str:
    /// repeated indexing, slicing and `find(sub, start)` walk from there instead of from
    /// the start (loops over a str's positions become O(1) per step).
    static CURSOR: std::cell::Cell<(usize, u64, usize, usize)> =
        const { std::cell::Cell::new((0, 0, 0, 0)) };
}

#[inline]
fn is_continuation(b: u8) -> bool {
    (0x80..0xc0).contains(&b)
}

/// The cursor's (char, byte) if it is on `v`, else the start.
fn cursor_start(v: Value) -> (usize, usize) {
    let (addr, epoch, c, b) = CURSOR.with(|k| k.get());
    if addr == v.addr() && epoch == heap::epoch() {
        (c, b)
    } else {
        (0, 0)
    }
}

fn cursor_set(v: Value, c: usize, b: usize) {
    CURSOR.with(|k| k.set((v.addr(), heap::epoch(), c, b)));
}

/// Byte offset of char index `i` (0 <= i <= len).
pub fn byte_offset(v: Value, i: usize) -> usize {
    if is_ascii(v) {
        return i;
    }
    let bytes = heap::str_bytes(v);
    let n = char_len(v);
    if i >= n {
        return bytes.len();
    }
    let (mut c, mut b) = cursor_start(v);
    // Walk from whichever of the cursor, the start and the end is nearest.
    if i < c && c - i > i {
        (c, b) = (0, 0);
    }
    if i > c && n - i < i - c {
        (c, b) = (n, bytes.len());
    }
    while c < i {
        b += 1;
        while b < bytes.len() && is_continuation(bytes[b]) {
            b += 1;
        }
        c += 1;
    }
    while c > i {
        b -= 1;
        while is_continuation(bytes[b]) {
            b -= 1;
        }
        c -= 1;
    }
    cursor_set(v, c, b);
    b
}

/// The char index of byte offset `byte` (a char boundary) in str `v`.
pub fn char_index_of(v: Value, byte: usize) -> usize {
    if is_ascii(v) {
        return byte;
    }
    let bytes = heap::str_bytes(v);
    let (mut c, mut b) = cursor_start(v);
    if byte < b && b - byte > byte {
        (c, b) = (0, 0);
    }
    if byte >= b {
        c += bytes[b..byte]
            .iter()
            .filter(|&&x| !is_continuation(x))
            .count();
    } else {
        c -= bytes[byte..b]
            .iter()
            .filter(|&&x| !is_continuation(x))
            .count();
    }
    cursor_set(v, c, byte);
    c
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

    /// `a + b` for two strs, built in place (char lengths add; no re-scan of the text).
    pub fn str_concat(&mut self, a: Value, b: Value) -> Value {
        let (ab, bb) = (heap::str_bytes(a).len(), heap::str_bytes(b).len());
        if ab + bb <= 1 {
            let s = format!("{}{}", text(a), text(b));
            return self.new_str(&s);
        }
        let len = char_len(a) + char_len(b);
        let v = self
            .heap
            .alloc_raw(LayoutId::Str, std::mem::size_of::<StrObj>() + ab + bb);
        let o = get::<StrObj>(v);
        o.hash = -1;
        o.byte_len = (ab + bb) as u64;
        o.len = len as u64;
        let dst = heap::str_bytes_mut(v);
        dst[..ab].copy_from_slice(heap::str_bytes(a));
        dst[ab..].copy_from_slice(heap::str_bytes(b));
        v
    }

    /// `a * n` built in place (no intermediate Rust `String`, so a big result is held
    /// once, not twice, at its peak). None when the size overflows.
    pub fn str_repeat(&mut self, a: Value, n: usize) -> Option<Value> {
        let ab = heap::str_bytes(a).len();
        let total = ab.checked_mul(n)?;
        if total <= 1 {
            return Some(self.new_str(&text(a).repeat(n)));
        }
        let v = self.heap.alloc_raw(
            LayoutId::Str,
            std::mem::size_of::<StrObj>().checked_add(total)?,
        );
        let o = get::<StrObj>(v);
        o.hash = -1;
        o.byte_len = total as u64;
        o.len = (char_len(a) * n) as u64;
        let dst = heap::str_bytes_mut(v);
        for chunk in dst.chunks_exact_mut(ab) {
            chunk.copy_from_slice(heap::str_bytes(a));
        }
        Some(v)
    }

    /// A new str (single ASCII chars and the empty string are interned).
    #[inline]
    pub fn new_str(&mut self, s: &str) -> Value {
        if s.len() <= 1 {
            return match s.as_bytes() {
                [b] => self.ascii_str(*b),
                _ => self.intern(s),
            };
        }
        self.alloc_str(s, false)
    }

    /// `str(n)` of a small int, its digits formatted on the stack (no Rust `String`).
    pub fn small_int_str(&mut self, n: i64) -> Value {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut m = n.unsigned_abs();
        loop {
            i -= 1;
            buf[i] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        if n < 0 {
            i -= 1;
            buf[i] = b'-';
        }
        self.new_str(std::str::from_utf8(&buf[i..]).expect("ASCII digits"))
    }

    /// The interned one-char str of ASCII byte `b` (< 128), from `Vm::ascii_strs`.
    #[inline]
    pub fn ascii_str(&mut self, b: u8) -> Value {
        let v = self.ascii_strs[b as usize & 127];
        if !v.is_empty() {
            return v;
        }
        let mut buf = [0u8; 4];
        let v = self.intern((b as char).encode_utf8(&mut buf));
        self.ascii_strs[b as usize & 127] = v;
        v
    }

    /// A str allocated directly in the old space (constants, interned names).
    pub fn new_str_old(&mut self, s: &str) -> Value {
        self.alloc_str(s, true)
    }

    /// The one-char str at char index `i` (caller checked bounds).
    pub fn str_char_at(&mut self, v: Value, i: usize) -> Value {
        if is_ascii(v) {
            let b = heap::str_bytes(v)[i];
            return self.ascii_str(b);
        }
        let b = byte_offset(v, i);
        let c = text(v)[b..].chars().next().unwrap_or(' ');
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        self.new_str(s)
    }
}

/// Is this char printable in CPython's sense (approximation for non-ASCII)?
pub fn printable(c: char) -> bool {
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
        && !(0x40000..).contains(&n)
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
                let n = coil_syntax::strings::char_code_point(c);
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
