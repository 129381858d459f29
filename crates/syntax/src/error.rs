//! SyntaxError, IndentationError and TabError as the front end reports them, and their
//! CPython-format rendering.

use std::fmt;

/// Which exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A compile-time error with CPython's fields (`msg`, `lineno`, `offset`, `end_lineno`,
/// `end_offset`, `text`). Offsets are 1-based character columns, as in CPython's
/// `SyntaxError.offset`; 0 means "no caret".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub offset: u32,
    pub end_line: u32,
    pub end_offset: u32,
    /// The offending source line, without its newline; `None` when unavailable.
    pub text: Option<String>,
}

impl SyntaxError {
    /// The text CPython prints to stderr for an uncaught error of this kind (without a
    /// `Traceback` header, which CPython omits for errors in the main script), e.g.
    ///
    /// ```text
    ///   File "x.py", line 3
    ///     if x == 1
    ///              ^
    /// SyntaxError: expected ':'
    /// ```
    /// An error with `line == 0` (a decoding problem found before any line is read)
    /// renders as the last line only, as CPython prints it.
    pub fn render(&self) -> String {
        if self.line == 0 {
            return format!("{}: {}\n", self.kind.class_name(), self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(text) = &self.text {
            // CPython strips leading whitespace (and the trailing newline) and moves the
            // caret by the same amount.
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let removed = text.chars().count() - stripped.chars().count();
            let stripped = stripped.trim_end_matches(['\n', '\r']);
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            if self.offset > 0 {
                let start = (self.offset as usize)
                    .saturating_sub(1)
                    .saturating_sub(removed);
                let width = if self.end_line == self.line && self.end_offset > self.offset {
                    (self.end_offset - self.offset) as usize
                } else {
                    1
                };
                out.push_str("    ");
                out.push_str(&" ".repeat(start));
                out.push_str(&"^".repeat(width.max(1)));
                out.push('\n');
            }
        }
        out.push_str(self.kind.class_name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.line)
    }
}

impl std::error::Error for SyntaxError {}
