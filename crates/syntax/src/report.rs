//! Turning a parse failure (furthest token reached, optional message) or a deferred
//! error into the SyntaxError CPython would raise: message, class and caret.

use crate::error::{ErrorKind, SyntaxError};
use crate::lexer::error_at;
use crate::parser::{Cx, Deferred, ErrMsg, PErr};
use crate::token::Tok;

pub fn deferred(cx: &Cx<'_, '_>, filename: &str, d: Deferred) -> SyntaxError {
    let bytes_error = d.msg == "bytes can only contain ASCII literal characters";
    let mut e = error_at(cx.src, cx.index, filename, d.kind, d.msg, d.start, d.end);
    if bytes_error {
        // CPython 3.11 sizes this caret in bytes.
        e.end_offset = e.offset + (d.end - d.start) as u32;
    }
    e
}

fn tok_range(cx: &Cx<'_, '_>, i: usize) -> (usize, usize) {
    match cx.spans.get(i) {
        Some(s) => (s.start.0 as usize, s.end.0 as usize),
        None => (cx.src.len(), cx.src.len()),
    }
}

/// Index of the bracket matching the one at `i` (searching in the direction it opens).
fn matching(kinds: &[Tok<'_>], i: usize) -> usize {
    let open = |k: &Tok| matches!(k, Tok::LPar | Tok::LSqb | Tok::LBrace);
    let close = |k: &Tok| matches!(k, Tok::RPar | Tok::RSqb | Tok::RBrace);
    let mut depth = 0i32;
    if open(&kinds[i]) {
        for (j, k) in kinds.iter().enumerate().skip(i) {
            if open(k) {
                depth += 1;
            } else if close(k) {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
        }
    } else if close(&kinds[i]) {
        for j in (0..=i).rev() {
            if close(&kinds[j]) {
                depth += 1;
            } else if open(&kinds[j]) {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
        }
    }
    i
}

fn ends_expr(k: &Tok<'_>) -> bool {
    matches!(
        k,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::Str(_)
            | Tok::FEnd
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

fn starts_expr(k: &Tok<'_>) -> bool {
    matches!(
        k,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::Str(_)
            | Tok::FStart(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Not
            | Tok::Tilde
            | Tok::Await
    )
}

/// Is token `i` inside an f-string (between an FStart and its FEnd)? Returns the index
/// of the outermost FEnd.
fn in_fstring(kinds: &[Tok<'_>], i: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut start_depth = None;
    for (j, k) in kinds.iter().enumerate() {
        match k {
            Tok::FStart(_) => depth += 1,
            Tok::FEnd => {
                depth -= 1;
                if depth == 0 && start_depth.is_some() {
                    return Some(j);
                }
            }
            _ => {}
        }
        if j == i {
            if depth == 0 {
                return None;
            }
            start_depth = Some(depth);
        }
    }
    None
}

/// The innermost bracket still open before token `i`.
fn innermost_open(kinds: &[Tok<'_>], i: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match kinds[j] {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => return Some(j),
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Bracket depth just before token `i`.
fn bracket_depth(kinds: &[Tok<'_>], i: usize) -> i32 {
    let mut d = 0;
    for k in &kinds[..i.min(kinds.len())] {
        match k {
            Tok::LPar | Tok::LSqb | Tok::LBrace => d += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => d -= 1,
            _ => {}
        }
    }
    d
}

/// The first token of the logical line holding token `i`.
fn line_start(kinds: &[Tok<'_>], i: usize) -> usize {
    let mut j = i;
    while j > 0 && !matches!(kinds[j - 1], Tok::Newline | Tok::Indent | Tok::Dedent) {
        j -= 1;
    }
    j
}

/// The SyntaxError for a failed parse, and the line of the token where it stopped.
pub fn failure(cx: &Cx<'_, '_>, filename: &str, err: Option<PErr>) -> (SyntaxError, u32) {
    let err = err.unwrap_or(PErr { pos: 0, msg: None });
    let pos = err.pos.min(cx.kinds.len().saturating_sub(1));
    let stop = tok_range(cx, pos).0;
    let line = cx.index.line_col(crate::token::BytePos(stop as u32)).0;
    let mut e = failure_error(cx, filename, err, pos);
    if err.msg.is_none() && e.msg.starts_with("f-string: invalid syntax") {
        fstring_expression_text(cx, pos, &mut e);
    }
    (e, line)
}

/// CPython 3.11 parses an f-string's expression part as the separate text `(expr)`
/// and reports syntax errors against that text; do the same for one-line fields.
fn fstring_expression_text(cx: &Cx<'_, '_>, pos: usize, e: &mut SyntaxError) {
    let kinds = cx.kinds;
    let Some(open) = (0..=pos).rev().find(|&k| kinds[k] == Tok::FFieldOpen) else {
        return;
    };
    let Some(term) = (open + 1..kinds.len()).find(|&k| {
        matches!(
            kinds[k],
            Tok::FDebug(_) | Tok::FConv(_) | Tok::FSpec | Tok::FFieldClose
        )
    }) else {
        return;
    };
    if term < pos {
        return;
    }
    let from = tok_range(cx, open).1;
    let to = tok_range(cx, term).0;
    let expr = &cx.src[from..to];
    if expr.contains('\n') {
        return;
    }
    let col = |b: usize| cx.src[from..b.clamp(from, to)].chars().count() as u32 + 2;
    let (a, b) = if pos >= term {
        (to, to)
    } else {
        let (a, b) = (e.offset, e.end_offset);
        // Translate the already computed columns back to byte offsets on the line.
        let (ls, _) = cx.index.line_range(cx.src, e.line);
        let byte_at = |chars: u32| {
            cx.src[ls..]
                .char_indices()
                .nth(chars.saturating_sub(1) as usize)
                .map_or(cx.src.len(), |(i, _)| ls + i)
        };
        (byte_at(a), byte_at(b.max(a)))
    };
    e.text = Some(format!("({expr})"));
    e.offset = col(a);
    e.end_offset = col(b).max(e.offset);
}

/// End (token index) of the operand starting at `i`: up to a delimiter at its bracket
/// level.
fn operand_end(kinds: &[Tok<'_>], i: usize) -> usize {
    let mut depth = 0i32;
    let mut j = i;
    while j < kinds.len() {
        match kinds[j] {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace if depth == 0 => break,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Colon
            | Tok::Comma
            | Tok::Newline
            | Tok::EndMarker
            | Tok::Equal
            | Tok::If
            | Tok::Else
            | Tok::And
            | Tok::Or
            | Tok::For
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        j += 1;
    }
    j.saturating_sub(1).max(i)
}

/// Start (token index) of the operand ending just before token `i`.
fn operand_start(kinds: &[Tok<'_>], i: usize) -> usize {
    let mut depth = 0i32;
    let mut j = i;
    while j > 0 {
        match kinds[j - 1] {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => break,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            Tok::Colon
            | Tok::Comma
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::Equal
            | Tok::Return
            | Tok::Lambda
            | Tok::Else
            | Tok::In
            | Tok::Yield
            | Tok::ColonEqual
            | Tok::Semi
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        j -= 1;
    }
    j.min(i)
}

fn failure_error(cx: &Cx<'_, '_>, filename: &str, err: PErr, pos: usize) -> SyntaxError {
    let kinds = cx.kinds;
    // A deferred error before the failure point is what CPython reports first.
    if let Some(d) = cx.deferred.borrow().clone() {
        if d.start <= tok_range(cx, pos).0 {
            return deferred(cx, filename, d);
        }
    }
    let (start, end) = tok_range(cx, pos);
    let syntax = |msg: String, a: usize, b: usize| {
        error_at(
            cx.src,
            cx.index,
            filename,
            ErrorKind::SyntaxError,
            msg,
            a,
            b,
        )
    };
    let tok = kinds[pos];
    if matches!(err.msg, None | Some(ErrMsg::Custom("expected ':'"))) {
        // `if x = 1:` and `[x = 1]`: a `=` where an expression goes on.
        if tok == Tok::Equal
            && pos >= 1
            && matches!(kinds[pos - 1], Tok::Name(_))
            && (pos < 2 || kinds[pos - 2] != Tok::Dot)
        {
            let head = kinds[line_start(kinds, pos)];
            if matches!(head, Tok::If | Tok::Elif | Tok::While) || bracket_depth(kinds, pos) > 0 {
                let (a, _) = tok_range(cx, pos - 1);
                let (_, b) = tok_range(cx, operand_end(kinds, pos + 1));
                return syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
                    a,
                    b,
                );
            }
        }
    }
    match err.msg {
        Some(ErrMsg::Custom(m @ "expected 'else' after 'if' expression")) => {
            // From the start of the body to the end of the condition.
            let mut depth = 0i32;
            let mut k = pos;
            while k > 0 {
                k -= 1;
                match kinds[k] {
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                    Tok::If if depth == 0 => break,
                    _ => {}
                }
            }
            let first = operand_start(kinds, k);
            let (a, _) = tok_range(cx, first);
            let (_, b) = tok_range(cx, pos.saturating_sub(1));
            syntax(m.to_string(), a, b)
        }
        Some(ErrMsg::Custom(m)) if m.starts_with("f-string") => {
            let at = in_fstring(kinds, pos).map_or(end, |j| tok_range(cx, j).1);
            syntax(m.to_string(), at, at)
        }
        Some(ErrMsg::Custom(m @ "expected ':'"))
            if !matches!(tok, Tok::Newline | Tok::EndMarker) =>
        {
            syntax(m.to_string(), start, end)
        }
        Some(ErrMsg::Custom(m)) => syntax(m.to_string(), start, start),
        Some(ErrMsg::TooDeep) => syntax("too many nested parentheses".to_string(), start, start),
        Some(ErrMsg::NeedIndent) => {
            // The header is the logical line ending with ':' NEWLINE just before `pos`.
            let header = line_start(kinds, pos.saturating_sub(1));
            let what = match (kinds.get(header), kinds.get(header + 1)) {
                (Some(Tok::If), _) => "'if' statement".to_string(),
                (Some(Tok::Elif), _) => "'elif' statement".to_string(),
                (Some(Tok::Else), _) => "'else' statement".to_string(),
                (Some(Tok::While), _) => "'while' statement".to_string(),
                (Some(Tok::For), _) | (Some(Tok::Async), Some(Tok::For)) => {
                    "'for' statement".to_string()
                }
                (Some(Tok::With), _) | (Some(Tok::Async), Some(Tok::With)) => {
                    "'with' statement".to_string()
                }
                (Some(Tok::Try), _) => "'try' statement".to_string(),
                (Some(Tok::Except), Some(Tok::Star)) => "'except*' statement".to_string(),
                (Some(Tok::Except), _) => "'except' statement".to_string(),
                (Some(Tok::Finally), _) => "'finally' statement".to_string(),
                (Some(Tok::Def), _) | (Some(Tok::Async), Some(Tok::Def)) => {
                    "function definition".to_string()
                }
                (Some(Tok::Class), _) => "class definition".to_string(),
                (Some(Tok::Name(n)), _) => format!("'{n}' statement"),
                _ => "statement".to_string(),
            };
            let (hs, _) = tok_range(cx, header);
            let line = cx.index.line_col(crate::token::BytePos(hs as u32)).0;
            if kinds[pos] == Tok::EndMarker {
                // At the end of input CPython shows the header line, without a caret.
                let mut e = error_at(
                    cx.src,
                    cx.index,
                    filename,
                    ErrorKind::IndentationError,
                    format!("expected an indented block after {what} on line {line}"),
                    hs,
                    hs,
                );
                let last = tok_range(cx, pos.saturating_sub(1)).0;
                let l = cx.index.line_col(crate::token::BytePos(last as u32)).0;
                let (ls, le) = cx.index.line_range(cx.src, l);
                e.line = l;
                e.end_line = l;
                e.text = Some(cx.src[ls..le].to_string());
                e.offset = 0;
                e.end_offset = 0;
                return e;
            }
            error_at(
                cx.src,
                cx.index,
                filename,
                ErrorKind::IndentationError,
                format!("expected an indented block after {what} on line {line}"),
                start,
                start,
            )
        }
        None => {
            if tok == Tok::Indent {
                let next = tok_range(cx, pos + 1).0;
                let mut e = error_at(
                    cx.src,
                    cx.index,
                    filename,
                    ErrorKind::IndentationError,
                    "unexpected indent",
                    next,
                    next,
                );
                e.offset = 0;
                e.end_offset = 0;
                return e;
            }
            let fstr = in_fstring(kinds, pos).is_some();
            let prefix = if fstr { "f-string: " } else { "" };
            // `a.b := 1`, `a[0] := 1`: only names can be walrus targets.
            if tok == Tok::ColonEqual && pos >= 2 {
                let what = match (kinds[pos - 2], kinds[pos - 1]) {
                    (Tok::Dot, Tok::Name(_)) => Some("attribute"),
                    (_, Tok::RSqb) => Some("subscript"),
                    _ => None,
                };
                if let Some(what) = what {
                    let mut first = if kinds[pos - 1] == Tok::RSqb {
                        matching(kinds, pos - 1)
                    } else {
                        pos - 1
                    };
                    while first >= 2
                        && matches!(kinds[first - 1], Tok::Dot)
                        && matches!(kinds[first - 2], Tok::Name(_))
                    {
                        first -= 2;
                    }
                    if first >= 1
                        && kinds[first] != Tok::Dot
                        && matches!(kinds[first - 1], Tok::Name(_))
                        && kinds[pos - 1] == Tok::RSqb
                    {
                        first -= 1;
                    }
                    let (a, _) = tok_range(cx, first);
                    let (_, b) = tok_range(cx, pos - 1);
                    return syntax(
                        format!("cannot use assignment expressions with {what}"),
                        a,
                        b,
                    );
                }
            }
            // `print "x"`: Python 2 print statement.
            if pos > 0 && starts_expr(&tok) {
                if let Tok::Name(n @ ("print" | "exec")) = kinds[pos - 1] {
                    if line_start(kinds, pos - 1) == pos - 1 && !fstr {
                        let mut last = pos;
                        while last + 1 < kinds.len()
                            && !matches!(kinds[last + 1], Tok::Newline | Tok::Semi)
                        {
                            last += 1;
                        }
                        let (a, _) = tok_range(cx, pos - 1);
                        let (_, b) = tok_range(cx, last);
                        return syntax(
                            format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                            a,
                            b,
                        );
                    }
                }
            }
            // `{1: 2, 3}`: a key without its value.
            if let Some(open) = innermost_open(kinds, pos) {
                let is_dict = kinds[open] == Tok::LBrace && {
                    let mut depth = 0i32;
                    kinds[open + 1..pos].iter().any(|k| {
                        match k {
                            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                            Tok::Colon if depth == 0 => return true,
                            _ => {}
                        }
                        false
                    })
                };
                let first = operand_start(kinds, pos);
                let key_position =
                    first > 0 && matches!(kinds[first - 1], Tok::LBrace | Tok::Comma);
                if is_dict && key_position && first < pos && kinds[pos - 1] != Tok::Comma {
                    // CPython points at the key's last character.
                    let (_, b) = tok_range(cx, pos - 1);
                    let b = b.saturating_sub(1);
                    return syntax("':' expected after dictionary key".to_string(), b, b);
                }
            }
            // Two expressions side by side inside brackets: a missing comma (not in a
            // parameter list).
            let in_params = innermost_open(kinds, pos).is_some_and(|o| {
                o >= 2
                    && kinds[o] == Tok::LPar
                    && matches!(kinds[o - 1], Tok::Name(_))
                    && kinds[o - 2] == Tok::Def
            });
            if pos > 0
                && !in_params
                && starts_expr(&tok)
                && ends_expr(&kinds[pos - 1])
                && (fstr || bracket_depth(kinds, pos) > 0)
            {
                let prev = pos - 1;
                let first = if matches!(kinds[prev], Tok::RPar | Tok::RSqb | Tok::RBrace) {
                    let m = matching(kinds, prev);
                    if m > 0 && matches!(kinds[m - 1], Tok::Name(_)) {
                        m - 1
                    } else {
                        m
                    }
                } else {
                    prev
                };
                let last = if matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace) {
                    matching(kinds, pos)
                } else {
                    pos
                };
                let not_name_string = !(matches!(kinds[prev], Tok::Name(_))
                    && matches!(tok, Tok::Str(_) | Tok::FStart(_)));
                if not_name_string {
                    let (a, _) = tok_range(cx, first);
                    let (_, b) = tok_range(cx, last);
                    return syntax(
                        format!("{prefix}invalid syntax. Perhaps you forgot a comma?"),
                        a,
                        b,
                    );
                }
            }
            let (a, b) = match tok {
                Tok::Newline | Tok::EndMarker | Tok::Dedent => (start, start),
                _ => (start, end),
            };
            syntax(format!("{prefix}invalid syntax"), a, b)
        }
    }
}
