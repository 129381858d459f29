//! Token kinds (one table for operators and keywords) and token positions.

use crate::ast::Constant;

/// A byte offset into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BytePos(pub u32);

/// A token's extent in the source: `[start, end)` byte offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokSpan {
    pub start: BytePos,
    pub end: BytePos,
}

macro_rules! fixed_tokens {
    (
        ops { $($op:ident = $optext:literal),* $(,)? }
        keywords { $($kw:ident = $kwtext:literal),* $(,)? }
    ) => {
        /// One token. Operators and keywords come from one table; `Name`, `Number`,
        /// `Str` and the f-string pieces carry data. An f-string is lexed as
        /// `FStart (FMid | field)* FEnd` with `field = FFieldOpen tokens FDebug? FConv?
        /// (FSpec (FMid | field)*)? FFieldClose`.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Tok<'a> {
            Name(&'a str),
            Number(Constant<'a>),
            /// A whole non-f string literal: prefix, quotes and body, undecoded.
            Str(&'a str),
            /// The prefix and opening quote of an f-string.
            FStart(&'a str),
            /// A literal piece of an f-string, undecoded (`{{` still doubled); the flag
            /// says the f-string is raw.
            FMid(&'a str, bool),
            FEnd,
            FFieldOpen,
            FFieldClose,
            /// `=` of a self-documenting field; carries the text to print (`x = `).
            FDebug(&'a str),
            FConv(char),
            FSpec,
            Newline,
            Indent,
            Dedent,
            EndMarker,
            $($op,)*
            $($kw,)*
        }

        impl<'a> Tok<'a> {
            /// The source text of an operator or keyword token.
            pub fn fixed_text(self) -> Option<&'static str> {
                match self {
                    $(Tok::$op => Some($optext),)*
                    $(Tok::$kw => Some($kwtext),)*
                    _ => None,
                }
            }

            pub fn is_keyword(self) -> bool {
                matches!(self, $(Tok::$kw)|*)
            }
        }

        /// The keyword token spelled `s`, if any.
        pub fn keyword(s: &str) -> Option<Tok<'static>> {
            match s {
                $($kwtext => Some(Tok::$kw),)*
                _ => None,
            }
        }
    };
}

fixed_tokens! {
    ops {
        LPar = "(", RPar = ")", LSqb = "[", RSqb = "]", LBrace = "{", RBrace = "}",
        Colon = ":", Comma = ",", Semi = ";", Plus = "+", Minus = "-", Star = "*",
        Slash = "/", VBar = "|", Amper = "&", Less = "<", Greater = ">", Equal = "=",
        Dot = ".", Percent = "%", EqEqual = "==", NotEqual = "!=", LessEqual = "<=",
        GreaterEqual = ">=", Tilde = "~", Circumflex = "^", LeftShift = "<<",
        RightShift = ">>", DoubleStar = "**", PlusEqual = "+=", MinEqual = "-=",
        StarEqual = "*=", SlashEqual = "/=", PercentEqual = "%=", AmperEqual = "&=",
        VBarEqual = "|=", CircumflexEqual = "^=", LeftShiftEqual = "<<=",
        RightShiftEqual = ">>=", DoubleStarEqual = "**=", DoubleSlash = "//",
        DoubleSlashEqual = "//=", At = "@", AtEqual = "@=", RArrow = "->",
        Ellipsis = "...", ColonEqual = ":=", Exclamation = "!",
    }
    keywords {
        False = "False", None = "None", True = "True", And = "and", As = "as",
        Assert = "assert", Async = "async", Await = "await", Break = "break",
        Class = "class", Continue = "continue", Def = "def", Del = "del", Elif = "elif",
        Else = "else", Except = "except", Finally = "finally", For = "for", From = "from",
        Global = "global", If = "if", Import = "import", In = "in", Is = "is",
        Lambda = "lambda", Nonlocal = "nonlocal", Not = "not", Or = "or", Pass = "pass",
        Raise = "raise", Return = "return", Try = "try", While = "while", With = "with",
        Yield = "yield",
    }
}

/// The operator starting at `b[0]` (longest match) and its length.
pub fn operator(b: &[u8]) -> Option<(Tok<'static>, usize)> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let (c1, c2) = (at(1), at(2));
    let t = match b.first()? {
        b'(' => (Tok::LPar, 1),
        b')' => (Tok::RPar, 1),
        b'[' => (Tok::LSqb, 1),
        b']' => (Tok::RSqb, 1),
        b'{' => (Tok::LBrace, 1),
        b'}' => (Tok::RBrace, 1),
        b',' => (Tok::Comma, 1),
        b';' => (Tok::Semi, 1),
        b'~' => (Tok::Tilde, 1),
        b':' if c1 == b'=' => (Tok::ColonEqual, 2),
        b':' => (Tok::Colon, 1),
        b'+' if c1 == b'=' => (Tok::PlusEqual, 2),
        b'+' => (Tok::Plus, 1),
        b'-' if c1 == b'=' => (Tok::MinEqual, 2),
        b'-' if c1 == b'>' => (Tok::RArrow, 2),
        b'-' => (Tok::Minus, 1),
        b'*' if c1 == b'*' && c2 == b'=' => (Tok::DoubleStarEqual, 3),
        b'*' if c1 == b'*' => (Tok::DoubleStar, 2),
        b'*' if c1 == b'=' => (Tok::StarEqual, 2),
        b'*' => (Tok::Star, 1),
        b'/' if c1 == b'/' && c2 == b'=' => (Tok::DoubleSlashEqual, 3),
        b'/' if c1 == b'/' => (Tok::DoubleSlash, 2),
        b'/' if c1 == b'=' => (Tok::SlashEqual, 2),
        b'/' => (Tok::Slash, 1),
        b'|' if c1 == b'=' => (Tok::VBarEqual, 2),
        b'|' => (Tok::VBar, 1),
        b'&' if c1 == b'=' => (Tok::AmperEqual, 2),
        b'&' => (Tok::Amper, 1),
        b'^' if c1 == b'=' => (Tok::CircumflexEqual, 2),
        b'^' => (Tok::Circumflex, 1),
        b'%' if c1 == b'=' => (Tok::PercentEqual, 2),
        b'%' => (Tok::Percent, 1),
        b'@' if c1 == b'=' => (Tok::AtEqual, 2),
        b'@' => (Tok::At, 1),
        b'=' if c1 == b'=' => (Tok::EqEqual, 2),
        b'=' => (Tok::Equal, 1),
        b'!' if c1 == b'=' => (Tok::NotEqual, 2),
        b'!' => (Tok::Exclamation, 1),
        b'<' if c1 == b'<' && c2 == b'=' => (Tok::LeftShiftEqual, 3),
        b'<' if c1 == b'<' => (Tok::LeftShift, 2),
        b'<' if c1 == b'=' => (Tok::LessEqual, 2),
        b'<' => (Tok::Less, 1),
        b'>' if c1 == b'>' && c2 == b'=' => (Tok::RightShiftEqual, 3),
        b'>' if c1 == b'>' => (Tok::RightShift, 2),
        b'>' if c1 == b'=' => (Tok::GreaterEqual, 2),
        b'>' => (Tok::Greater, 1),
        b'.' if c1 == b'.' && c2 == b'.' => (Tok::Ellipsis, 3),
        b'.' => (Tok::Dot, 1),
        _ => return None,
    };
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_roundtrip() {
        for text in ["**=", "//", "->", "...", ":=", "!=", ">>=", "@"] {
            let (tok, n) = operator(text.as_bytes()).unwrap();
            assert_eq!(n, text.len());
            assert_eq!(tok.fixed_text(), Some(text));
        }
        assert_eq!(keyword("lambda"), Some(Tok::Lambda));
        assert_eq!(keyword("match"), None);
        assert!(Tok::Yield.is_keyword());
    }
}
