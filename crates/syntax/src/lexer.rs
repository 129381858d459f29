//! The hand-written tokenizer: INDENT/DEDENT, implicit and explicit line joining,
//! numbers, strings and f-strings (split into pieces), with CPython's error messages.

use bumpalo::Bump;

use crate::ast::{Constant, Loc};
use crate::error::{ErrorKind, SyntaxError};
use crate::token::{keyword, operator, BytePos, Tok, TokSpan};

/// CPython's tokenizer limits.
const MAX_PAREN_DEPTH: usize = 200;
const MAX_INDENT_DEPTH: usize = 100;
const TAB_SIZE: u32 = 8;

/// Line starts of a source text, to turn byte offsets into lines and columns.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 0-based byte column of `pos`.
    pub fn line_col(&self, pos: BytePos) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= pos.0);
        let start = self.starts[line - 1];
        (line as u32, pos.0 - start)
    }

    /// The byte range of 1-based `line` (without its newline).
    pub fn line_range(&self, src: &str, line: u32) -> (usize, usize) {
        let i = (line as usize).saturating_sub(1).min(self.starts.len() - 1);
        let start = self.starts[i] as usize;
        let end = src[start..].find('\n').map_or(src.len(), |p| start + p);
        (start, end)
    }

    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }
}

/// Each token's start and end as 1-based lines and 0-based byte columns, computed in
/// one sweep (token offsets only grow) so the parser's locations are lookups.
pub fn positions(spans: &[TokSpan], index: &LineIndex) -> Vec<Loc> {
    let starts = &index.starts;
    let mut line = 0usize; // index into starts
    let mut at = |pos: u32| -> (u32, u32) {
        if starts[line] > pos {
            line = starts.partition_point(|&s| s <= pos).saturating_sub(1);
        }
        while line + 1 < starts.len() && starts[line + 1] <= pos {
            line += 1;
        }
        (line as u32 + 1, pos - starts[line])
    };
    spans
        .iter()
        .map(|s| {
            let (l, c) = at(s.start.0);
            let (el, ec) = at(s.end.0);
            Loc {
                line: l,
                col: c,
                end_line: el,
                end_col: ec,
            }
        })
        .collect()
}

/// Builds a SyntaxError located at the byte range `[start, end)` of `src`.
pub fn error_at(
    src: &str,
    index: &LineIndex,
    filename: &str,
    kind: ErrorKind,
    msg: impl Into<String>,
    start: usize,
    end: usize,
) -> SyntaxError {
    let floor = |mut p: usize| {
        p = p.min(src.len());
        while !src.is_char_boundary(p) {
            p -= 1;
        }
        p
    };
    let start = floor(start);
    let end = floor(end.max(start));
    let (line, _) = index.line_col(BytePos(start as u32));
    let (ls, le) = index.line_range(src, line);
    let text = src[ls..le].trim_end_matches('\r').to_string();
    let col_chars = |p: usize| src[ls..p.clamp(ls, le)].chars().count() as u32 + 1;
    let offset = col_chars(start);
    let (end_line, _) = index.line_col(BytePos(end as u32));
    let end_offset = if end_line == line {
        col_chars(end)
    } else {
        offset
    };
    SyntaxError {
        kind,
        msg: msg.into(),
        filename: filename.to_string(),
        line,
        offset,
        end_line: line,
        end_offset,
        text: Some(text),
    }
}

/// The token stream of one source text: kinds (what the parser matches on) and spans
/// side by side.
pub struct Tokens<'a> {
    pub kinds: Vec<Tok<'a>>,
    pub spans: Vec<TokSpan>,
    /// A bracket still open at the end of input: the "'(' was never closed" error and
    /// the bracket's line. The stream then ends without NEWLINE; whether this error or
    /// the parser's is reported depends on where the parser fails (as in CPython).
    pub unclosed: Option<(SyntaxError, u32)>,
}

struct Lexer<'a, 'f> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    arena: &'a Bump,
    filename: &'f str,
    index: &'f LineIndex,
    kinds: Vec<Tok<'a>>,
    spans: Vec<TokSpan>,
    /// Open brackets: the byte, and its offset.
    parens: Vec<(u8, usize)>,
    /// Indentation stack: (columns with tabs to 8, columns with tabs as 1).
    indents: Vec<(u32, u32)>,
    unclosed: Option<(SyntaxError, u32)>,
}

type LResult<T> = Result<T, SyntaxError>;

/// Tokenizes `src`. `index` must be `LineIndex::new(src)`.
pub fn tokenize<'a>(
    arena: &'a Bump,
    src: &'a str,
    filename: &str,
    index: &LineIndex,
) -> Result<Tokens<'a>, SyntaxError> {
    let mut lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        arena,
        filename,
        index,
        kinds: Vec::with_capacity(src.len() / 4),
        spans: Vec::with_capacity(src.len() / 4),
        parens: Vec::new(),
        indents: vec![(0, 0)],
        unclosed: None,
    };
    lx.run()?;
    Ok(Tokens {
        kinds: lx.kinds,
        spans: lx.spans,
        unclosed: lx.unclosed,
    })
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(c, '\u{300}'..='\u{36F}' | '\u{B7}' | '\u{387}' | '\u{1369}'..='\u{1371}' | '\u{200C}' | '\u{200D}' | '\u{203F}' | '\u{2040}')
                || is_mark(c)))
}

/// Rough test for combining marks outside the common block (identifier continuation).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31..=0x0E3A | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
}

/// NFKC-normalizes a non-ASCII identifier, as CPython does, for the compatibility
/// characters that occur in practice: fullwidth forms, the micro sign, ligatures and
/// mathematical alphanumerics (a full NFKC table is not carried).
fn nfkc_identifier<'a>(arena: &'a Bump, name: &'a str) -> &'a str {
    let map = |c: char| -> Option<&'static str> {
        Some(match c {
            '\u{B5}' => "\u{3BC}",
            '\u{17F}' => "s",
            '\u{FB00}' => "ff",
            '\u{FB01}' => "fi",
            '\u{FB02}' => "fl",
            '\u{FB03}' => "ffi",
            '\u{FB04}' => "ffl",
            '\u{FB05}' | '\u{FB06}' => "st",
            '\u{2160}' => "I",
            _ => return None,
        })
    };
    let fold = |c: char| -> Option<char> {
        let u = c as u32;
        match u {
            0xFF01..=0xFF5E => char::from_u32(u - 0xFF01 + 0x21),
            // Mathematical alphanumeric letters A-Z a-z in 13 styles.
            0x1D400..=0x1D6A3 => {
                let k = (u - 0x1D400) % 52;
                char::from_u32(if k < 26 { 0x41 + k } else { 0x61 + k - 26 })
            }
            0x1D7CE..=0x1D7FF => char::from_u32(0x30 + (u - 0x1D7CE) % 10),
            _ => None,
        }
    };
    if name.chars().all(|c| map(c).is_none() && fold(c).is_none()) {
        return name;
    }
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if let Some(s) = map(c) {
            out.push_str(s);
        } else if let Some(f) = fold(c) {
            out.push(f);
        } else {
            out.push(c);
        }
    }
    arena.alloc_str(&out)
}

/// Is `s` a string prefix (r, b, u, f and the legal pairs, any case)?
fn string_prefix(s: &str) -> Option<(bool, bool, bool)> {
    // (raw, bytes, fstring)
    let mut raw = false;
    let mut bytes = false;
    let mut f = false;
    let mut u = false;
    if s.len() > 2 {
        return None;
    }
    for c in s.chars() {
        match c.to_ascii_lowercase() {
            'r' if !raw => raw = true,
            'b' if !bytes => bytes = true,
            'f' if !f => f = true,
            'u' if !u => u = true,
            _ => return None,
        }
    }
    if (u && s.len() > 1) || (bytes && f) {
        return None;
    }
    Some((raw, bytes, f))
}

impl<'a> Lexer<'a, '_> {
    fn err(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        error_at(self.src, self.index, self.filename, kind, msg, start, end)
    }

    fn syntax(&self, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        self.err(ErrorKind::SyntaxError, msg, start, end)
    }

    fn push(&mut self, kind: Tok<'a>, start: usize, end: usize) {
        self.kinds.push(kind);
        self.spans.push(TokSpan {
            start: BytePos(start as u32),
            end: BytePos(end as u32),
        });
    }

    fn peek(&self, at: usize) -> u8 {
        self.b.get(at).copied().unwrap_or(0)
    }

    fn char_at(&self, at: usize) -> char {
        self.src[at..].chars().next().unwrap_or('\0')
    }

    fn last_is_newline(&self) -> bool {
        matches!(
            self.kinds.last(),
            None | Some(Tok::Newline | Tok::Indent | Tok::Dedent)
        )
    }

    fn run(&mut self) -> LResult<()> {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.parens.is_empty() {
                at_line_start = false;
                if self.indentation()? {
                    at_line_start = true;
                    continue;
                }
            }
            // Skip blanks.
            while matches!(self.peek(self.pos), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            let start = self.pos;
            let c = self.peek(start);
            match c {
                0 if start >= self.b.len() => {
                    return self.finish();
                }
                0 => {
                    let (ls, _) = self
                        .index
                        .line_range(self.src, self.index.line_col(BytePos(start as u32)).0);
                    let mut e = self.syntax("source code cannot contain null bytes", ls, ls);
                    e.offset = 0;
                    e.end_offset = 0;
                    if let Some(t) = &mut e.text {
                        let cut = start - ls;
                        t.truncate(cut.min(t.len()));
                    }
                    return Err(e);
                }
                b'#' => {
                    while !matches!(self.peek(self.pos), b'\n' | b'\r' | 0) {
                        self.pos += 1;
                    }
                }
                b'\\' => {
                    let next = self.pos + 1;
                    if self.peek(next) == b'\r' && self.peek(next + 1) == b'\n' {
                        self.pos = next + 2;
                    } else if self.peek(next) == b'\n' {
                        self.pos = next + 1;
                    } else if next >= self.b.len() {
                        return Err(self.syntax(
                            "unexpected EOF while parsing",
                            start + 1,
                            start + 1,
                        ));
                    } else {
                        return Err(self.syntax(
                            "unexpected character after line continuation character",
                            start + 1,
                            start + 1,
                        ));
                    }
                    if self.pos >= self.b.len() {
                        return Err(self.syntax(
                            "unexpected EOF while parsing",
                            start + 1,
                            start + 1,
                        ));
                    }
                }
                b'\n' | b'\r' => {
                    if self.parens.is_empty() && !self.last_is_newline() {
                        self.push(Tok::Newline, start, start + 1);
                    }
                    self.pos += if c == b'\r' && self.peek(start + 1) == b'\n' {
                        2
                    } else {
                        1
                    };
                    at_line_start = self.parens.is_empty();
                }
                _ => {
                    self.token(self.b.len(), false)?;
                }
            }
        }
    }

    /// Measures the indentation of a new line and emits INDENT/DEDENT. Returns true
    /// when the line was blank or a comment (already skipped).
    fn indentation(&mut self) -> LResult<bool> {
        let mut col = 0u32;
        let mut alt = 0u32;
        let line_start = self.pos;
        loop {
            match self.peek(self.pos) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek(self.pos) {
            b'#' | b'\n' | b'\r' => {
                // Blank or comment line: no indentation processing.
                while !matches!(self.peek(self.pos), b'\n' | b'\r' | 0) {
                    self.pos += 1;
                }
                if self.peek(self.pos) == b'\r' {
                    self.pos += 1;
                }
                if self.peek(self.pos) == b'\n' {
                    self.pos += 1;
                }
                return Ok(self.pos < self.b.len());
            }
            0 if self.pos >= self.b.len() => return Ok(false),
            b'\\' => {
                // A continuation right after indentation: CPython treats the joined
                // line's indentation as this line's.
            }
            _ => {}
        }
        let tab_error = |lx: &Self| {
            let (l, _) = lx.index.line_col(BytePos(line_start as u32));
            let mut e = lx.err(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                line_start,
            );
            e.offset = 0;
            e.line = l;
            e
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error(self));
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error(self));
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(self.err(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    self.pos,
                    self.pos,
                ));
            }
            self.indents.push((col, alt));
            self.push(Tok::Indent, line_start, self.pos);
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.push(Tok::Dedent, self.pos, self.pos);
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let line = self.index.line_col(BytePos(self.pos as u32)).0;
                let (_, le) = self.index.line_range(self.src, line);
                return Err(self.err(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    le,
                    le,
                ));
            }
            if alt != top_alt {
                return Err(tab_error(self));
            }
        }
        Ok(false)
    }

    fn finish(&mut self) -> LResult<()> {
        let end = self.b.len();
        if let Some(&(open, at)) = self.parens.last() {
            let e = self.syntax(format!("'{}' was never closed", open as char), at, at + 1);
            let line = e.line;
            self.unclosed = Some((e, line));
            self.push(Tok::EndMarker, end, end);
            return Ok(());
        }
        if !self.last_is_newline() {
            self.push(Tok::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, end, end);
        }
        self.push(Tok::EndMarker, end, end);
        Ok(())
    }

    /// Lexes one token at `self.pos` (which is not blank), not beyond `limit`.
    /// `in_fexpr` is set inside an f-string replacement field.
    fn token(&mut self, limit: usize, in_fexpr: bool) -> LResult<()> {
        let start = self.pos;
        let c = self.peek(start);
        if c.is_ascii_digit() || (c == b'.' && self.peek(start + 1).is_ascii_digit()) {
            let (tok, end) = self.number(start)?;
            self.push(tok, start, end);
            self.pos = end;
            return Ok(());
        }
        if c == b'"' || c == b'\'' {
            return self.string(start, start, (false, false, false), limit);
        }
        let ch = if c.is_ascii() {
            c as char
        } else {
            self.char_at(start)
        };
        if is_id_start(ch) {
            let mut end = start + ch.len_utf8();
            while end < limit {
                let b = self.b[end];
                if b == b'_' || b.is_ascii_alphanumeric() {
                    end += 1;
                    continue;
                }
                if b.is_ascii() {
                    break;
                }
                let c2 = self.char_at(end);
                if is_id_continue(c2) {
                    end += c2.len_utf8();
                } else {
                    break;
                }
            }
            let name = &self.src[start..end];
            if matches!(self.peek(end), b'"' | b'\'') {
                if let Some(prefix) = string_prefix(name) {
                    return self.string(start, end, prefix, limit);
                }
            }
            let tok = match keyword(name) {
                Some(k) => k,
                None if name.is_ascii() => Tok::Name(name),
                None => Tok::Name(nfkc_identifier(self.arena, name)),
            };
            self.push(tok, start, end);
            self.pos = end;
            return Ok(());
        }
        if let Some((tok, n)) = operator(&self.b[start..limit]) {
            self.pos = start + n;
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace if !in_fexpr => {
                    if self.parens.len() >= MAX_PAREN_DEPTH {
                        return Err(self.syntax("too many nested parentheses", start, start + 1));
                    }
                    self.parens.push((c, start));
                }
                Tok::RPar | Tok::RSqb | Tok::RBrace if !in_fexpr => {
                    let want = match c {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    match self.parens.pop() {
                        None => {
                            return Err(self.syntax(
                                format!("unmatched '{}'", c as char),
                                start,
                                start + 1,
                            ))
                        }
                        Some((open, at)) if open != want => {
                            let ol = self.index.line_col(BytePos(at as u32)).0;
                            let cl = self.index.line_col(BytePos(start as u32)).0;
                            let msg = if ol == cl {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    c as char, open as char
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    c as char, open as char, ol
                                )
                            };
                            return Err(self.syntax(msg, start, start + 1));
                        }
                        Some(_) => {}
                    }
                }
                _ => {}
            }
            self.push(tok, start, start + n);
            return Ok(());
        }
        // Not a token: report the character as CPython does.
        if ch == '$' || ch == '?' || ch == '`' {
            return Err(self.syntax("invalid syntax", start, start + 1));
        }
        let msg = if ch.is_control() || ch.is_whitespace() || (ch as u32) == 0xA0 {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        } else {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        };
        Err(self.syntax(msg, start, start + ch.len_utf8()))
    }

    /// Scans a number literal starting at `start`.
    fn number(&self, start: usize) -> LResult<(Tok<'a>, usize)> {
        let b = self.b;
        let at = |i: usize| b.get(i).copied().unwrap_or(0);
        let mut i = start;
        // Digits with single underscores between them; returns false on a bad underscore.
        let digits = |i: &mut usize, ok: &dyn Fn(u8) -> bool| -> bool {
            let mut last_us = false;
            let mut any = false;
            while *i < b.len() {
                let c = b[*i];
                if c == b'_' {
                    if last_us || !any {
                        return false;
                    }
                    last_us = true;
                } else if ok(c) {
                    last_us = false;
                    any = true;
                } else {
                    break;
                }
                *i += 1;
            }
            !last_us
        };
        let first = at(i);
        if first == b'0' && matches!(at(i + 1) | 0x20, b'x' | b'o' | b'b') {
            let (radix, name): (u32, &str) = match at(i + 1) | 0x20 {
                b'x' => (16, "hexadecimal"),
                b'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
            let ds = i;
            let okd: &dyn Fn(u8) -> bool = match radix {
                16 => &|c: u8| c.is_ascii_hexdigit(),
                8 => &|c: u8| (b'0'..=b'7').contains(&c),
                _ => &|c: u8| c == b'0' || c == b'1',
            };
            if !digits(&mut i, okd) || i == ds {
                if radix != 16 && at(i).is_ascii_digit() {
                    return Err(self.syntax(
                        format!("invalid digit '{}' in {} literal", at(i) as char, name),
                        i,
                        i + 1,
                    ));
                }
                return Err(self.syntax(format!("invalid {name} literal"), i - 1, i - 1));
            }
            if radix != 16 && at(i).is_ascii_digit() {
                return Err(self.syntax(
                    format!("invalid digit '{}' in {} literal", at(i) as char, name),
                    i,
                    i + 1,
                ));
            }
            self.check_end(i, &format!("invalid {name} literal"))?;
            let text: String = self.src[ds..i].chars().filter(|&c| c != '_').collect();
            return Ok((Tok::Number(self.int_const(&text, radix)), i));
        }
        let mut is_float = false;
        // CPython points at the last character it accepted before the bad one.
        if first != b'.' && !digits(&mut i, &|c: u8| c.is_ascii_digit()) {
            return Err(self.syntax("invalid decimal literal", i - 1, i - 1));
        }
        if at(i) == b'.' {
            is_float = true;
            i += 1;
            if at(i).is_ascii_digit() && !digits(&mut i, &|c: u8| c.is_ascii_digit()) {
                return Err(self.syntax("invalid decimal literal", i - 1, i - 1));
            }
        }
        if matches!(at(i), b'e' | b'E') {
            let mut j = i + 1;
            if matches!(at(j), b'+' | b'-') {
                j += 1;
            }
            if at(j).is_ascii_digit() {
                if !digits(&mut j, &|c: u8| c.is_ascii_digit()) {
                    return Err(self.syntax("invalid decimal literal", j - 1, j - 1));
                }
                i = j;
                is_float = true;
            } else {
                return Err(self.syntax("invalid decimal literal", i - 1, i - 1));
            }
        }
        let text: String = self.src[start..i].chars().filter(|&c| c != '_').collect();
        if matches!(at(i), b'j' | b'J') {
            i += 1;
            self.check_end(i, "invalid imaginary literal")?;
            let v: f64 = text.parse().unwrap_or(f64::INFINITY);
            return Ok((Tok::Number(Constant::Complex { real: 0.0, imag: v }), i));
        }
        // CPython's tokenizer rejects leading zeros before looking at what follows the
        // number (`05x` is a leading-zeros error, not an invalid decimal literal).
        let zeros_only = text.bytes().all(|c| c == b'0');
        if !is_float && text.len() > 1 && text.starts_with('0') && !zeros_only {
            // The caret covers the zeros (and underscores) before the first other digit.
            let zeros = b[start..]
                .iter()
                .take_while(|&&c| c == b'0' || c == b'_')
                .count();
            return Err(self.syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start,
                start + zeros,
            ));
        }
        self.check_end(i, "invalid decimal literal")?;
        if is_float {
            let v: f64 = text.parse().unwrap_or(f64::INFINITY);
            return Ok((Tok::Number(Constant::Float(v)), i));
        }
        if zeros_only {
            return Ok((Tok::Number(Constant::Int(0)), i));
        }
        Ok((Tok::Number(self.int_const(&text, 10)), i))
    }

    /// After a number: an identifier character is an error unless a keyword that may
    /// follow a number (`1if x else y`) starts there.
    fn check_end(&self, end: usize, msg: &str) -> LResult<()> {
        let ch = self.char_at(end);
        if end < self.b.len() && is_id_continue(ch) {
            let rest = &self.src[end..];
            for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
                if let Some(after) = rest.strip_prefix(kw) {
                    let next = after.chars().next().unwrap_or(' ');
                    if !is_id_continue(next) {
                        return Ok(());
                    }
                }
            }
            return Err(self.syntax(msg, end - 1, end - 1));
        }
        Ok(())
    }

    fn int_const(&self, digits: &str, radix: u32) -> Constant<'a> {
        match i64::from_str_radix(digits, radix) {
            Ok(v) => Constant::Int(v),
            Err(_) => {
                let trimmed = digits.trim_start_matches('0');
                Constant::BigInt {
                    digits: self.arena.alloc_str(trimmed),
                    radix,
                }
            }
        }
    }

    /// Finds the end of a string literal whose prefix starts at `start` and whose
    /// quote is at `q`; returns (body start, body end, literal end).
    fn string_extent(
        &self,
        start: usize,
        q: usize,
        limit: usize,
    ) -> LResult<(usize, usize, usize)> {
        let quote = self.b[q];
        let triple = self.peek(q + 1) == quote && self.peek(q + 2) == quote && q + 2 < limit;
        let body = if triple { q + 3 } else { q + 1 };
        let mut i = body;
        loop {
            if i >= limit {
                let last_line = self
                    .index
                    .line_col(BytePos(limit.min(self.b.len()).saturating_sub(1) as u32))
                    .0;
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {last_line})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {last_line})")
                };
                return Err(self.syntax(msg, start, start));
            }
            let c = self.b[i];
            if c == b'\\' {
                i += 2;
                if self.peek(i - 1) == b'\r' && self.peek(i) == b'\n' {
                    i += 1;
                }
                continue;
            }
            if c == quote {
                if !triple {
                    return Ok((body, i, i + 1));
                }
                if self.peek(i + 1) == quote && self.peek(i + 2) == quote && i + 2 < limit {
                    return Ok((body, i, i + 3));
                }
            }
            if (c == b'\n' || c == b'\r') && !triple {
                let line = self.index.line_col(BytePos(start as u32)).0;
                return Err(self.syntax(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    start,
                ));
            }
            i += 1;
        }
    }

    fn string(
        &mut self,
        start: usize,
        q: usize,
        prefix: (bool, bool, bool),
        limit: usize,
    ) -> LResult<()> {
        let (body, body_end, end) = self.string_extent(start, q, limit)?;
        let (raw, _bytes, f) = prefix;
        if !f {
            self.push(Tok::Str(&self.src[start..end]), start, end);
            self.pos = end;
            return Ok(());
        }
        let open_end = body;
        self.push(Tok::FStart(&self.src[start..open_end]), start, open_end);
        let mut ctx = FCtx {
            lit_end: end,
            raw,
            spec_depth: 0,
        };
        self.pos = body;
        self.fstring_text(&mut ctx, body_end, false)?;
        self.push(Tok::FEnd, body_end, end);
        self.pos = end;
        Ok(())
    }

    fn fexpr_err(&self, ctx: &FCtx, what: &str) -> SyntaxError {
        let msg = format!("f-string expression part cannot include {what}");
        self.syntax(msg, ctx.lit_end, ctx.lit_end)
    }

    fn ferr(&self, ctx: &FCtx, msg: &str) -> SyntaxError {
        self.syntax(format!("f-string: {msg}"), ctx.lit_end, ctx.lit_end)
    }

    /// Lexes literal text of an f-string (or of a format spec when `spec`) up to `end`
    /// or, in a spec, up to the `}` closing the field (which it consumes).
    fn fstring_text(&mut self, ctx: &mut FCtx, end: usize, spec: bool) -> LResult<()> {
        let mut seg = self.pos;
        let mut i = self.pos;
        let raw = ctx.raw;
        let flush = |lx: &mut Self, seg: usize, i: usize| {
            if i > seg {
                lx.push(Tok::FMid(&lx.src[seg..i], raw), seg, i);
            }
        };
        while i < end {
            let c = self.b[i];
            match c {
                b'{' => {
                    if !spec && self.peek(i + 1) == b'{' && i + 1 < end {
                        i += 2;
                        continue;
                    }
                    if ctx.spec_depth >= 2 {
                        return Err(self.ferr(ctx, "expressions nested too deeply"));
                    }
                    flush(self, seg, i);
                    self.push(Tok::FFieldOpen, i, i + 1);
                    self.pos = i + 1;
                    self.fstring_field(ctx, end)?;
                    i = self.pos;
                    seg = i;
                }
                b'}' => {
                    if spec {
                        flush(self, seg, i);
                        self.push(Tok::FFieldClose, i, i + 1);
                        self.pos = i + 1;
                        return Ok(());
                    }
                    if self.peek(i + 1) == b'}' && i + 1 < end {
                        i += 2;
                        continue;
                    }
                    return Err(self.ferr(ctx, "single '}' is not allowed"));
                }
                b'\\' if !ctx.raw => {
                    if self.peek(i + 1) == b'N' && self.peek(i + 2) == b'{' {
                        match self.b[i..end].iter().position(|&c| c == b'}') {
                            Some(p) => i += p + 1,
                            None => i = end,
                        }
                    } else {
                        i += 2;
                    }
                }
                _ => i += 1,
            }
        }
        if spec {
            return Err(self.ferr(ctx, "expecting '}'"));
        }
        flush(self, seg, end.min(i));
        self.pos = end;
        Ok(())
    }

    /// Lexes one replacement field after its `{`, through its closing `}`.
    fn fstring_field(&mut self, ctx: &mut FCtx, end: usize) -> LResult<()> {
        let field_start = self.pos;
        // Brackets open inside the expression part.
        let mut stack: Vec<u8> = Vec::new();
        loop {
            while self.pos < end
                && matches!(self.b[self.pos], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r')
            {
                self.pos += 1;
            }
            if self.pos >= end {
                if let Some(&open) = stack.last() {
                    return Err(self.ferr(ctx, &format!("unmatched '{}'", open as char)));
                }
                return Err(self.ferr(ctx, "expecting '}'"));
            }
            let i = self.pos;
            let c = self.b[i];
            let depth = stack.len();
            match c {
                b'\\' => return Err(self.fexpr_err(ctx, "a backslash")),
                b'#' => return Err(self.fexpr_err(ctx, "'#'")),
                b'(' | b'[' | b'{' => stack.push(c),
                b')' | b']' if depth == 0 => {
                    return Err(self.ferr(ctx, &format!("unmatched '{}'", c as char)));
                }
                b')' | b']' | b'}' if depth > 0 => {
                    let open = stack.pop().unwrap_or(b'(');
                    let want = match c {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if open != want {
                        return Err(self.ferr(
                            ctx,
                            &format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            ),
                        ));
                    }
                }
                b'}' => {
                    self.push(Tok::FFieldClose, i, i + 1);
                    self.pos = i + 1;
                    return Ok(());
                }
                b'!' if depth == 0 && self.peek(i + 1) != b'=' => {
                    let conv = self.char_at(i + 1);
                    let after = i + 1 + conv.len_utf8();
                    if i + 1 >= end || !matches!(conv, 's' | 'r' | 'a') {
                        return Err(self.ferr(
                            ctx,
                            "invalid conversion character: expected 's', 'r', or 'a'",
                        ));
                    }
                    if after >= end || !matches!(self.peek(after), b'}' | b':') {
                        return Err(self.ferr(ctx, "expecting '}'"));
                    }
                    self.push(Tok::FConv(conv), i, after);
                    self.pos = after;
                    continue;
                }
                b':' if depth == 0 => {
                    self.push(Tok::FSpec, i, i + 1);
                    self.pos = i + 1;
                    ctx.spec_depth += 1;
                    let r = self.fstring_text(ctx, end, true);
                    ctx.spec_depth -= 1;
                    return r;
                }
                b'=' if depth == 0 && self.peek(i + 1) != b'=' => {
                    let mut j = i + 1;
                    while j < end && matches!(self.b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                        j += 1;
                    }
                    if matches!(self.peek(j), b'!' | b':' | b'}') {
                        let text = &self.src[field_start..j];
                        self.push(Tok::FDebug(text), i, i + 1);
                        self.pos = j;
                        continue;
                    }
                }
                _ => {}
            }
            self.token(end, true)?;
            // 3.11 allows no backslash anywhere in an expression part, even inside a
            // nested string literal.
            if self.src[i..self.pos].contains('\\') {
                return Err(self.fexpr_err(ctx, "a backslash"));
            }
        }
    }
}

/// The f-string literal being lexed.
struct FCtx {
    lit_end: usize,
    raw: bool,
    /// Format specs entered (3.11 allows a field inside a spec, not deeper).
    spec_depth: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let arena = Bump::new();
        let idx = LineIndex::new(src);
        let t = tokenize(&arena, src, "t", &idx).unwrap();
        t.kinds.iter().map(|k| format!("{k:?}")).collect()
    }

    fn error(src: &str) -> SyntaxError {
        let arena = Bump::new();
        let idx = LineIndex::new(src);
        match tokenize(&arena, src, "t", &idx) {
            Ok(_) => panic!("no error for {src:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn layout() {
        let k = kinds("if x:\n    y = 1\n\n# c\nz\n");
        assert_eq!(
            k.join(" "),
            "If Name(\"x\") Colon Newline Indent Name(\"y\") Equal Number(Int(1)) Newline Dedent Name(\"z\") Newline EndMarker"
        );
        let k = kinds("x = (1,\n  2)\\\n + 3");
        assert!(!k[..k.len() - 2].contains(&"Newline".to_string()));
    }

    #[test]
    fn numbers() {
        let k = kinds("0x_ff 1_000 1.5e3 3j 0o17 0b101 99999999999999999999 1if 1 else 2");
        assert_eq!(k[0], "Number(Int(255))");
        assert_eq!(k[1], "Number(Int(1000))");
        assert_eq!(k[2], "Number(Float(1500.0))");
        assert_eq!(k[3], "Number(Complex { real: 0.0, imag: 3.0 })");
        assert_eq!(k[4], "Number(Int(15))");
        assert_eq!(k[5], "Number(Int(5))");
        assert_eq!(
            k[6],
            "Number(BigInt { digits: \"99999999999999999999\", radix: 10 })"
        );
        assert_eq!(k[8], "If");
        assert_eq!(error("x = 1abc\n").msg, "invalid decimal literal");
        assert_eq!(error("0o8\n").msg, "invalid digit '8' in octal literal");
        assert!(error("012\n").msg.starts_with("leading zeros"));
    }

    #[test]
    fn fstrings() {
        let k = kinds("f'a{x!r:>{w}}b{y=}'");
        assert_eq!(
            k.join(" "),
            "FStart(\"f'\") FMid(\"a\", false) FFieldOpen Name(\"x\") FConv('r') FSpec FMid(\">\", false) FFieldOpen Name(\"w\") FFieldClose FFieldClose FMid(\"b\", false) FFieldOpen Name(\"y\") FDebug(\"y=\") FFieldClose FEnd Newline EndMarker"
        );
        assert_eq!(
            error("f'{a!x}'").msg,
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(error("f'}'").msg, "f-string: single '}' is not allowed");
    }

    #[test]
    fn errors() {
        let e = error("x = \"abc\ny = 2\n");
        assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
        assert_eq!(e.offset, 5);
        let e = error("x = (1,\n 2]\n");
        assert_eq!(
            e.msg,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        let e = error("if x:\n    a\n  b\n");
        assert_eq!(e.kind, ErrorKind::IndentationError);
        let e = error("if x:\n\ta\n        b\n");
        assert_eq!(e.kind, ErrorKind::TabError);
        let arena = Bump::new();
        let idx = LineIndex::new("x = (1,\n");
        let t = tokenize(&arena, "x = (1,\n", "t", &idx).unwrap();
        assert_eq!(t.unclosed.unwrap().0.msg, "'(' was never closed");
        assert_eq!(error(&"(".repeat(300)).msg, "too many nested parentheses");
    }
}
